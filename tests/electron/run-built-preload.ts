// Runs the BUILT preload (out/preload/index.js) in a fresh VM context with a
// recording `electron`. A sandboxed preload may require only a few modules, so
// requiring anything but 'electron' fails here as it would in the app.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { projectRoot } from './run-wired-app';

export interface PreloadRun {
  /** What the preload handed to contextBridge.exposeInMainWorld, by key. */
  exposed: Map<string, unknown>;
  invoked: { channel: string; request: unknown }[];
  /** The main process side of ipcRenderer.on: emit here to push an event to the page. */
  fromMain: EventEmitter;
  /** A File as a real drop delivers it: Electron knows its path (webUtils.getPathForFile). */
  dropFile(path: string): Blob;
}

export function runBuiltPreload(): PreloadRun {
  // The page's File class; only files from a drop have a path behind them.
  class File extends Blob {}
  const paths = new WeakMap<object, string>();
  const run: PreloadRun = {
    exposed: new Map(),
    invoked: [],
    fromMain: new EventEmitter(),
    dropFile: (path) => {
      const file = new File([]);
      paths.set(file, path);
      return file;
    },
  };
  const electron = {
    webUtils: { getPathForFile: (file: object) => paths.get(file) ?? '' },
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => run.exposed.set(key, api) },
    ipcRenderer: {
      invoke: (channel: string, request: unknown) => {
        run.invoked.push({ channel, request });
        return Promise.resolve({ ok: true, value: null });
      },
      on: (channel: string, listener: (...args: unknown[]) => void) => run.fromMain.on(channel, listener),
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => run.fromMain.removeListener(channel, listener),
    },
  };
  const require = (id: string) => {
    if (id !== 'electron') throw new Error(`the preload requires '${id}', which a sandboxed preload cannot load`);
    return electron;
  };
  const module = { exports: {} };
  runInNewContext(readFileSync(join(projectRoot, 'out/preload/index.js'), 'utf8'), { require, module, exports: module.exports, File });
  return run;
}
