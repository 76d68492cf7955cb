import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, CSP_PLACEHOLDER } from './src/main/electron/content-security-policy';

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
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
