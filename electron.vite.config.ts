import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, CSP_PLACEHOLDER } from './src/main/electron/content-security-policy';

/**
 * react-zoom-pan-pinch appends a <style> element when it loads. The app's CSP
 * allows stylesheets from the app only (style-src 'self'), so that element is
 * refused; its rules ship in src/renderer/src/viewer/viewer.css instead, and the
 * injection call is removed here rather than weakening the policy.
 */
function noInjectedStyles(): Plugin {
  return {
    name: 'folio-no-injected-styles',
    transform(code, id) {
      if (!id.includes('react-zoom-pan-pinch')) return null;
      const call = 'styleInject(css_248z);';
      if (!code.includes(call)) this.error('react-zoom-pan-pinch no longer injects its styles as expected: check viewer.css and this plugin');
      return { code: code.replace(call, ''), map: null };
    },
  };
}

/** Writes the one Content-Security-Policy (content-security-policy.ts) into index.html's meta tag. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'folio-content-security-policy',
    transformIndexHtml(html) {
      if (!html.includes(CSP_PLACEHOLDER)) this.error(`index.html has no ${CSP_PLACEHOLDER} meta tag for the Content-Security-Policy`);
      return html.replace(CSP_PLACEHOLDER, CONTENT_SECURITY_POLICY);
    },
  };
}

// One build per process. The worker threads are built apart (scripts/build-workers.mjs):
// they must carry their dependencies, which the main build leaves in node_modules.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: { index: resolve('src/main/index.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload cannot be an ES module (SECURITY.md requires sandbox: true).
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), noInjectedStyles(), contentSecurityPolicy()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
