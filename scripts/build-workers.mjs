// Builds the app's worker threads as self-contained ES modules in out/worker/. A packaged
// app keeps them outside app.asar (worker_threads load a real file: electron-builder.yml's
// asarUnpack), where node_modules inside the asar cannot be found, so each worker carries
// its dependencies. `.mjs`: app.asar.unpacked has no package.json saying "type": "module".
import { resolve } from 'node:path';
import { build } from 'vite';

const WORKERS = { 'import-worker': 'src/main/import/worker-entry.ts' };

/**
 * page-document.ts loads linkedom on first use through createRequire, which a bundler
 * cannot follow. As a plain require() the bundler includes linkedom, still initialised
 * only when first called.
 */
function bundleLazyLinkedom() {
  const lazy = /\bnodeRequire\((['"])linkedom\1\)/;
  return {
    name: 'folio-bundle-lazy-linkedom',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/page-document.ts')) return null;
      if (!lazy.test(code)) this.error('page-document.ts no longer loads linkedom as expected: check this plugin');
      return { code: code.replace(lazy, "require('linkedom')"), map: null };
    },
  };
}

await build({
  configFile: false,
  logLevel: 'warn',
  plugins: [bundleLazyLinkedom()],
  ssr: { noExternal: true },
  build: {
    ssr: true,
    outDir: 'out/worker',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: Object.fromEntries(Object.entries(WORKERS).map(([name, file]) => [name, resolve(file)])),
      output: { format: 'esm', entryFileNames: '[name].mjs' },
    },
  },
});
