// Electron entry: opens the library and wires it to one locked-down window. Each concern
// lives in ./electron/ (what needs Electron) or ./desktop/ (plain Node); this file only
// puts them in order.
import { app, dialog, screen, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { FolioEvent } from '../shared/contract';
import { AppConfigFile } from './desktop/app-config';
import { appPaths } from './desktop/app-paths';
import { foldersToOpen, isCliCommand, userArgs } from './desktop/launch-args';
import { LibraryHost } from './desktop/library-host';
import { logEvent } from './desktop/log-events';
import { LogFile } from './desktop/log-file';
import { restoreWindow } from './desktop/window-state';
import type { AppPage } from './electron/app-page';
import { runCliAndExit } from './electron/cli-mode';
import { createEventSender } from './electron/event-sender';
import { handleImageRequests } from './electron/image-protocol';
import { imageUrl } from './electron/image-request';
import { bindIpc } from './electron/ipc';
import { createNetFetcher } from './electron/net-fetcher';
import { installAppMenu } from './electron/menu';
import { closeBeforeQuit } from './electron/quit';
import { handleAppRequests, registerPrivilegedSchemes } from './electron/schemes';
import { createShellApi } from './electron/shell-api';
import { guardAllWebContents } from './electron/web-contents-guard';
import { createMainWindow, loadAppPage } from './electron/window';
import { rememberWindow } from './electron/window-memory';
import { FolderGrants } from './folder-grants';
import { toErrorShape } from './folio-error';
import { createHandlers } from './handlers';
import { LibraryService } from './service';
import { useSqlWasmFile } from './library/records';

const paths = appPaths({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() });
useSqlWasmFile(paths.sqlWasm);
const defaultApp = process.defaultApp === true;
const devUrl = app.isPackaged ? null : (process.env['ELECTRON_RENDERER_URL'] ?? null);
const isDev = devUrl !== null;
const page: AppPage = { rendererDir: paths.rendererDir, devUrl };

let mainWindow: BrowserWindow | null = null;
let host: LibraryHost | null = null;
let log: LogFile | null = null;
/** Folders asked for (command line, a second launch, macOS open-file) before the library was open. */
const pendingFolders: string[] = [];

/** Main-side imports need no token: the folders come from the user's own command line or file manager. */
function importFolders(folders: string[]): void {
  if (folders.length === 0) return;
  if (!host) {
    pendingFolders.push(...folders);
    return;
  }
  host.importWhenIdle(folders).catch((error: unknown) => {
    log?.error('import-not-started', error, { folders: folders.length });
    dialog.showErrorBox('Folio could not import', toErrorShape(error).message);
  });
}

function showWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  const appLog = new LogFile(join(userData, 'logs', 'folio.log'));
  log = appLog;
  appLog.info('start', { version: app.getVersion(), platform: process.platform, packaged: app.isPackaged });
  const config = new AppConfigFile(join(userData, 'folio-config.json'));
  const events = createEventSender();
  const emit = (event: FolioEvent): void => {
    logEvent(appLog, event);
    events.emit(event);
  };
  const opened = await LibraryHost.open({
    version: app.getVersion(),
    userDataDir: userData,
    config,
    log: appLog,
    sampleArticles: paths.sampleArticles,
    // The app keeps imported folders current while it runs (a read-only library watches nothing).
    openService: (dir, { readOnly, quiet }) =>
      LibraryService.open({
        dir,
        readOnly,
        workerFile: paths.importWorker,
        searchWorkerFile: paths.searchWorker,
        imageUrl,
        emit: quiet ? () => undefined : emit,
        watchFolders: true,
        imageFetcher: createNetFetcher,
      }),
    emit,
  });
  closeBeforeQuit(() => opened.close());
  // Everything the page can reach is in place before the page loads.
  handleAppRequests(paths.rendererDir);
  const lookupImage = (imageId: string) => opened.imageFile(imageId);
  handleImageRequests(lookupImage, () => opened.currentDir());
  const grants = new FolderGrants();
  bindIpc(
    createHandlers(
      opened.service,
      createShellApi(() => mainWindow, opened, paths.licences, lookupImage),
      grants,
    ),
    page,
    grants,
  );
  installAppMenu({
    isMac: process.platform === 'darwin',
    isDev,
    send: (command) => events.emit({ type: 'command', command }),
    showLogs: () => shell.showItemInFolder(appLog.file),
  });
  const restored = restoreWindow(
    config.get().window,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = createMainWindow({ page, preloadFile: paths.preload, icon: paths.icon, isDev, restored });
  mainWindow = window;
  rememberWindow(window, config);
  events.attach(window.webContents);
  window.on('closed', () => {
    mainWindow = null;
  });
  await loadAppPage(window, page);
  host = opened;
  importFolders(pendingFolders.splice(0));
}

function startApp(): void {
  // Before anything else: the schemes' privileges and the navigation guards must precede every web contents.
  registerPrivilegedSchemes();
  guardAllWebContents(app);
  if (!app.requestSingleInstanceLock()) {
    // Folio is already running: it gets this launch's folders ('second-instance' below) and this one leaves.
    app.quit();
    return;
  }
  app.on('second-instance', (_event, argv, workingDirectory) => {
    showWindow();
    importFolders(foldersToOpen(userArgs(argv, defaultApp), workingDirectory));
  });
  // macOS: a folder dropped on the Dock icon or opened with Folio.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    importFolders(foldersToOpen([path], '/'));
  });
  app.on('window-all-closed', () => app.quit());
  importFolders(foldersToOpen(userArgs(process.argv, defaultApp), process.cwd()));
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Mostly the library failing to open (locked by another process, unreadable, too new).
      log?.error('start-failed', error);
      dialog.showErrorBox('Folio could not start', toErrorShape(error).message);
      app.quit();
    });
}

const args = userArgs(process.argv, defaultApp);
// Fire and forget: runCliAndExit cannot reject (runCli turns every failure into an exit code) and ends the process.
if (isCliCommand(args)) void runCliAndExit(args, paths.importWorker);
else startApp();
