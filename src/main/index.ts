// Electron entry: opens the library service and wires it to one locked-down
// window. Each concern lives in ./electron/; this file only puts them in order.
import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppPage } from './electron/app-page';
import { createEventSender } from './electron/event-sender';
import { handleImageRequests, registerImageScheme } from './electron/image-protocol';
import { imageUrl } from './electron/image-request';
import { bindIpc } from './electron/ipc';
import { createNetFetcher } from './electron/net-fetcher';
import { installAppMenu } from './electron/menu';
import { closeBeforeQuit } from './electron/quit';
import { createShellApi } from './electron/shell-api';
import { createMainWindow, loadAppPage } from './electron/window';
import { toErrorShape } from './folio-error';
import { createHandlers } from './handlers';
import { LibraryService } from './service';

// Built layout: out/main/index.js (this file), out/main/import-worker.js, out/preload/index.js, out/renderer/index.html.
const mainDir = dirname(fileURLToPath(import.meta.url));
const devUrl = app.isPackaged ? null : (process.env['ELECTRON_RENDERER_URL'] ?? null);
const isDev = devUrl !== null;
const page: AppPage = { htmlFile: join(mainDir, '../renderer/index.html'), devUrl };

let mainWindow: BrowserWindow | null = null;

async function start(): Promise<void> {
  const libraryDir = join(app.getPath('userData'), 'library');
  const events = createEventSender();
  const service = await LibraryService.open({
    dir: libraryDir,
    workerFile: join(mainDir, 'import-worker.js'),
    imageUrl,
    emit: events.emit,
    imageFetcher: createNetFetcher,
  });
  closeBeforeQuit(() => service.close());
  // Everything the page can reach is in place before the page loads.
  const lookupImage = (imageId: string) => service.imageFile(imageId);
  handleImageRequests(lookupImage, libraryDir);
  bindIpc(createHandlers(service, createShellApi(() => mainWindow, lookupImage)), page);
  installAppMenu({ isMac: process.platform === 'darwin', isDev, send: (command) => events.emit({ type: 'command', command }) });
  const window = createMainWindow({ page, preloadFile: join(mainDir, '../preload/index.js'), isDev });
  mainWindow = window;
  events.attach(window.webContents);
  window.on('closed', () => {
    mainWindow = null;
  });
  await loadAppPage(window, page);
}

registerImageScheme();

if (!app.requestSingleInstanceLock()) {
  // Folio is already running: that instance focuses its window ('second-instance' below) and this one leaves.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Mostly the library failing to open (locked by another process, unreadable, too new).
      dialog.showErrorBox('Folio could not start', toErrorShape(error).message);
      app.quit();
    });
}
