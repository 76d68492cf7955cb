import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths } from '../../../src/main/desktop/app-paths';

describe('where the app finds its own files', () => {
  it('in development: everything under the project folder', () => {
    const paths = appPaths({ isPackaged: false, resourcesPath: '/usr/lib/electron/resources', appPath: '/src/folio' });
    expect(paths).toEqual({
      preload: '/src/folio/out/preload/index.js',
      rendererDir: '/src/folio/out/renderer',
      importWorker: '/src/folio/out/worker/import-worker.mjs',
      searchWorker: '/src/folio/out/worker/search-worker.mjs',
      sqlWasm: '/src/folio/node_modules/sql.js/dist/sql-wasm.wasm',
      icon: '/src/folio/resources/icon.png',
      sampleArticles: '/src/folio/resources/sample-library',
      licences: '/src/folio/out/licences.json',
    });
  });

  it('packaged: code inside app.asar, the worker and the wasm in app.asar.unpacked, resources beside them', () => {
    const resources = '/opt/Folio/resources';
    const paths = appPaths({ isPackaged: true, resourcesPath: resources, appPath: join(resources, 'app.asar') });
    expect(paths).toEqual({
      preload: `${resources}/app.asar/out/preload/index.js`,
      rendererDir: `${resources}/app.asar/out/renderer`,
      importWorker: `${resources}/app.asar.unpacked/out/worker/import-worker.mjs`,
      searchWorker: `${resources}/app.asar.unpacked/out/worker/search-worker.mjs`,
      sqlWasm: `${resources}/app.asar.unpacked/node_modules/sql.js/dist/sql-wasm.wasm`,
      icon: `${resources}/icon.png`,
      sampleArticles: `${resources}/sample-library`,
      licences: `${resources}/app.asar/out/licences.json`,
    });
  });
});
