// Every file the desktop app reads from its own installation, in one place. A packaged
// app runs from <resources>/app.asar; files that must be real files on disk (a worker
// thread's script, the sql.js wasm) sit in app.asar.unpacked (electron-builder.yml's
// asarUnpack), and resources/ is copied beside them (extraResources). In development
// everything is under the project folder.
import { join } from 'node:path';

export interface AppLayout {
  /** Electron's app.isPackaged. */
  isPackaged: boolean;
  /** Electron's process.resourcesPath (only meaningful when packaged). */
  resourcesPath: string;
  /** Electron's app.getAppPath(): the project folder in development, <resources>/app.asar packaged. */
  appPath: string;
}

export interface AppPaths {
  /** The built CommonJS preload (a sandboxed preload cannot be an ES module). */
  preload: string;
  /** The built renderer, served as app://folio/. */
  rendererDir: string;
  /** The self-contained import worker (scripts/build-workers.mjs). */
  importWorker: string;
  /** The self-contained search worker: the app searches off its main thread. */
  searchWorker: string;
  sqlWasm: string;
  /** The window icon (Linux; Windows and macOS take it from the packaged app). */
  icon: string;
  /** The sample library's article files. */
  sampleArticles: string;
  /** The licences of the libraries in the build (scripts/write-licences.mjs). */
  licences: string;
}

export function appPaths({ isPackaged, resourcesPath, appPath }: AppLayout): AppPaths {
  const unpacked = isPackaged ? join(resourcesPath, 'app.asar.unpacked') : appPath;
  const resources = isPackaged ? resourcesPath : join(appPath, 'resources');
  return {
    preload: join(appPath, 'out/preload/index.js'),
    rendererDir: join(appPath, 'out/renderer'),
    importWorker: join(unpacked, 'out/worker/import-worker.mjs'),
    searchWorker: join(unpacked, 'out/worker/search-worker.mjs'),
    sqlWasm: join(unpacked, 'node_modules/sql.js/dist/sql-wasm.wasm'),
    icon: join(resources, 'icon.png'),
    sampleArticles: join(resources, 'sample-library'),
    licences: join(appPath, 'out/licences.json'),
  };
}
