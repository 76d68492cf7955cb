// Binds the handler table to IPC: one `folio:<channel>` handler per contract channel.
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { CHANNELS, IPC_PREFIX } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
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

export function bindIpc(handlers: HandlerTable, page: AppPage): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(IPC_PREFIX + channel, (event, raw: unknown) => {
      // Only the app page may call the library (never an article's content or a foreign frame).
      if (!isAppPageUrl(senderUrl(event), page)) return Promise.resolve(REFUSED);
      return handlers[channel](raw);
    });
  }
}
