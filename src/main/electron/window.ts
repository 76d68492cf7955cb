// The one app window, locked down per SECURITY.md: the page gets no Node, runs
// sandboxed, gets no permission but writing to the clipboard, and can load nothing
// but its own files, its images and data: URLs. (Navigation, popups and webviews are
// refused for every web contents in web-contents-guard.ts.)
import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions, Session, WebPreferences } from 'electron';
import type { RestoredWindow } from '../desktop/window-state';
import { appPageUrl, isAllowedRequest } from './app-page';
import type { AppPage } from './app-page';

export interface WindowSetup {
  page: AppPage;
  /** The built CommonJS preload (a sandboxed preload cannot be an ES module). */
  preloadFile: string;
  icon: string;
  isDev: boolean;
  /** Where the window was last time (window-state.ts). */
  restored: RestoredWindow;
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

export function mainWindowOptions({ preloadFile, icon, isDev, restored }: Omit<WindowSetup, 'page'>): BrowserWindowConstructorOptions {
  return {
    title: 'Folio',
    width: 1280,
    height: 820,
    ...restored.bounds,
    minWidth: 720,
    minHeight: 480,
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    // macOS and Windows take the icon from the packaged app; Linux window managers from here.
    ...(process.platform === 'linux' ? { icon } : {}),
    webPreferences: secureWebPreferences(preloadFile, isDev),
  };
}

/** The one permission the page may use: writing text to the clipboard (the import report's Copy buttons). */
export const ALLOWED_PERMISSION = 'clipboard-sanitized-write';

function lockDownSession(session: Session, page: AppPage): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permission === ALLOWED_PERMISSION));
  session.setPermissionCheckHandler((_contents, permission) => permission === ALLOWED_PERMISSION);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, page) }));
}

export function createMainWindow(setup: WindowSetup): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(setup));
  lockDownSession(window.webContents.session, setup.page);
  window.once('ready-to-show', () => {
    if (setup.restored.maximized) window.maximize();
    window.show();
  });
  return window;
}

export function loadAppPage(window: BrowserWindow, page: AppPage): Promise<void> {
  return window.loadURL(appPageUrl(page));
}
