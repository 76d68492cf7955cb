import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

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

// One build per process. The main build also emits the import and search workers next to
// index.js, because worker_threads load a file, not a module specifier.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          'import-worker': resolve('src/main/import/worker-entry.ts'),
          'search-worker': resolve('src/main/search-host/search-worker-entry.ts'),
        },
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
    plugins: [react(), noInjectedStyles()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
