// Binds the handler table to IPC: one `folio:<channel>` handler per contract channel, and
// the preload's drop channel, which turns dropped folders into import tokens.
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { CHANNELS, DROP_CHANNEL, IPC_PREFIX } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import type { FolderGrants } from '../folder-grants';
import type { HandlerTable } from '../handlers';
import { isAppPageUrl } from './app-page';
import type { AppPage } from './app-page';

const REFUSED: Envelope<never> = {
  ok: false,
  error: { code: 'invalid-request', message: 'Refused: the request did not come from the Folio window.' },
};

function senderUrl(event: IpcMainInvokeEvent): string | null {
  try {
    return event.senderFrame?.url ?? null;
  } catch {
    // Electron throws when the sending frame was disposed (e.g. it navigated away meanwhile).
    return null;
  }
}

export function bindIpc(handlers: HandlerTable, page: AppPage, grants: FolderGrants): void {
  // Only the app page may call the library (never an article's content or a foreign frame).
  const fromAppPage = (event: IpcMainInvokeEvent) => isAppPageUrl(senderUrl(event), page);
  for (const channel of CHANNELS) {
    ipcMain.handle(IPC_PREFIX + channel, (event, raw: unknown) => (fromAppPage(event) ? handlers[channel](raw) : Promise.resolve(REFUSED)));
  }
  ipcMain.handle(DROP_CHANNEL, (event, raw: unknown) => (fromAppPage(event) ? grants.grantDropped(raw) : REFUSED));
}
