// Builds the app's worker threads as self-contained ES modules in out/worker/. A packaged
// app keeps them outside app.asar (worker_threads load a real file: electron-builder.yml's
// asarUnpack), where node_modules inside the asar cannot be found, so each worker carries
// its dependencies. `.mjs`: app.asar.unpacked has no package.json saying "type": "module".
import { resolve } from 'node:path';
import { build } from 'vite';

const WORKERS = {
  'import-worker': 'src/main/import/worker-entry.ts',
  'search-worker': 'src/main/search-host/search-worker-entry.ts',
};

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

const DIRNAME_BANNER = [
  "import { fileURLToPath as __folioFileUrlToPath } from 'node:url';",
  "import { dirname as __folioDirname } from 'node:path';",
  'const __filename = __folioFileUrlToPath(import.meta.url);',
  'const __dirname = __folioDirname(__filename);',
].join('\n');

// One build per worker: each is a single file, sharing no chunk with the other.
let first = true;
for (const [name, file] of Object.entries(WORKERS)) {
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [bundleLazyLinkedom()],
    ssr: { noExternal: true },
    build: {
      ssr: true,
      outDir: 'out/worker',
      emptyOutDir: first,
      target: 'node20',
      minify: false,
      rollupOptions: {
        input: { [name]: resolve(file) },
        // sql.js (bundled into the search worker) reads __dirname as it loads, which an ES module lacks.
        output: { format: 'esm', entryFileNames: '[name].mjs', banner: DIRNAME_BANNER },
      },
    },
  });
  first = false;
}
