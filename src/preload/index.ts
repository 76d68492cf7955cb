// Exposes window.folio (built from the shared contract) and nothing else: no
// Node, no ipcRenderer, no event objects reach the page.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { createFolioBridge } from '../shared/bridge';
import type { DropFolders, Subscribe } from '../shared/bridge';
import { CHANNELS, DROP_CHANNEL, EVENT_CHANNEL, IPC_PREFIX } from '../shared/contract';
import type { FolioEvent } from '../shared/contract';

const subscribe: Subscribe = (listener) => {
  const forward = (_event: IpcRendererEvent, payload: FolioEvent) => listener(payload);
  ipcRenderer.on(EVENT_CHANNEL, forward);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, forward);
  };
};

// Only a File from a real drop has a path (one the page builds itself has none), so the page
// cannot make the main process grant a folder the user did not drop.
const dropFolders: DropFolders = (files) =>
  ipcRenderer.invoke(
    DROP_CHANNEL,
    files.map((file) => (file instanceof File ? webUtils.getPathForFile(file) : '')),
  );

contextBridge.exposeInMainWorld(
  'folio',
  createFolioBridge(CHANNELS, (channel, request) => ipcRenderer.invoke(IPC_PREFIX + channel, request), subscribe, dropFolders),
);
