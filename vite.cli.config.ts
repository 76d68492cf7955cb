import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The CLI is the library service without Electron: a plain Node build with the
// same import worker beside it. Dependencies stay external (node_modules).
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: {
        folio: resolve('src/main/cli/main.ts'),
        'import-worker': resolve('src/main/import/job/worker-entry.ts'),
      },
      output: {
        format: 'esm',
        entryFileNames: '[name].js',
        banner: (chunk) => (chunk.name === 'folio' ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
