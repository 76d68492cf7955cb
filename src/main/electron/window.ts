// The one app window, locked down per SECURITY.md: the page gets no Node, runs
// sandboxed, cannot navigate or open windows, gets no permission but writing to
// the clipboard, and can load nothing but its own files, its images and data: URLs.
import { BrowserWindow } from 'electron';
import type { Session, WebContents, WebPreferences } from 'electron';
import icon from '../../../resources/icon.png?asset';
import { isAllowedRequest } from './app-page';
import type { AppPage } from './app-page';

export interface WindowSetup {
  page: AppPage;
  /** The built CommonJS preload (a sandboxed preload cannot be an ES module). */
  preloadFile: string;
  isDev: boolean;
}

export function secureWebPreferences(preloadFile: string, isDev: boolean): WebPreferences {
  return {
    preload: preloadFile,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    devTools: isDev,
  };
}

/** The one permission the page may use: writing text to the clipboard (the import report's Copy buttons). */
export const ALLOWED_PERMISSION = 'clipboard-sanitized-write';

function lockDownSession(session: Session, page: AppPage): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permission === ALLOWED_PERMISSION));
  session.setPermissionCheckHandler((_contents, permission) => permission === ALLOWED_PERMISSION);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, page) }));
}

function lockDownContents(contents: WebContents, page: AppPage): void {
  // Links open in the system browser through openExternal, after a click the renderer handles.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  lockDownSession(contents.session, page);
}

export function createMainWindow({ page, preloadFile, isDev }: WindowSetup): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Folio',
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    // macOS and Windows take the icon from the packaged app; Linux window managers from here.
    ...(process.platform === 'linux' ? { icon } : {}),
    webPreferences: secureWebPreferences(preloadFile, isDev),
  });
  lockDownContents(window.webContents, page);
  window.once('ready-to-show', () => window.show());
  return window;
}

export function loadAppPage(window: BrowserWindow, page: AppPage): Promise<void> {
  return page.devUrl ? window.loadURL(page.devUrl) : window.loadFile(page.htmlFile);
}
