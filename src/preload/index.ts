// Exposes window.folio (built from the shared contract) and nothing else: no
// Node, no ipcRenderer, no event objects reach the page.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { createFolioBridge } from '../shared/bridge';
import type { Subscribe } from '../shared/bridge';
import { CHANNELS, EVENT_CHANNEL, IPC_PREFIX } from '../shared/contract';
import type { FolioEvent } from '../shared/contract';

const subscribe: Subscribe = (listener) => {
  const forward = (_event: IpcRendererEvent, payload: FolioEvent) => listener(payload);
  ipcRenderer.on(EVENT_CHANNEL, forward);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, forward);
  };
};

contextBridge.exposeInMainWorld(
  'folio',
  createFolioBridge(CHANNELS, (channel, request) => ipcRenderer.invoke(IPC_PREFIX + channel, request), subscribe),
);
