// A recording stand-in for the parts of the `electron` module Folio's main
// process uses. It behaves like a quiet, cooperative Electron: the app is ready
// at once, the folder dialog "chooses" FOLIO_WIRING_PICK (or is cancelled), links
// "open". Once the window loads its page, the probes poke the wiring (app scheme,
// IPC, image protocol, menu, window guards, a second launch) and the stand-in quits
// the app the way a user would. With FOLIO_WIRING_RESOURCES set it plays a packaged
// app whose resources folder is that one (see tests/packaging/).
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import process from 'node:process';
import { setImmediate } from 'node:timers';
import { runProbes } from './probes.mjs';
import { finish, record } from './recorder.mjs';

/** What the probes need to reach: the handlers the app registered. */
const registry = { ipc: new Map(), protocols: new Map(), menuTemplate: null, windows: [] };

const packagedResources = process.env.FOLIO_WIRING_RESOURCES ?? null;
// Electron's argv: a packaged app is [executable, ...args]; in development `electron <main> ...args` (process.defaultApp).
if (packagedResources) {
  process.resourcesPath = packagedResources;
  process.argv.splice(1, 1);
} else {
  process.defaultApp = true;
}

// Real Electron throws when these run on the wrong side of 'ready'; so does the stand-in.
function requireReady(what, ready = true) {
  if (app.ready !== ready) throw new Error(`${what} ${ready ? 'before' : 'after'} the app is ready`);
}

function preventable() {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

class App extends EventEmitter {
  isPackaged = packagedResources !== null;
  ready = false;
  quitting = false;

  on(event, listener) {
    record('app.on', event);
    return super.on(event, listener);
  }

  whenReady() {
    record('app.whenReady');
    return Promise.resolve().then(() => {
      this.ready = true;
      record('app ready');
    });
  }

  getPath(name) {
    record('app.getPath', name);
    return join(process.env.FOLIO_WIRING_HOME, name);
  }

  getAppPath() {
    return packagedResources ? join(packagedResources, 'app.asar') : process.cwd();
  }

  getVersion() {
    return '0.1.0';
  }

  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock');
    return true;
  }

  quit() {
    record('app.quit');
    const event = preventable();
    this.emit('before-quit', event);
    if (event.defaultPrevented) {
      record('before-quit prevented');
      return;
    }
    if (this.quitting) return;
    this.quitting = true;
    for (const window of registry.windows) {
      window.emit('close', preventable());
      window.emit('closed');
    }
    record('quit');
    setImmediate(() => finish(0));
  }

  exit(code) {
    record('app.exit', code);
    finish(code);
  }
}

export const app = new App();

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    requireReady('protocol.registerSchemesAsPrivileged', false);
    record('protocol.registerSchemesAsPrivileged', schemes);
  },
  handle(scheme, handler) {
    requireReady('protocol.handle');
    record('protocol.handle', scheme);
    registry.protocols.set(scheme, handler);
  },
};

export const ipcMain = {
  handle(channel, handler) {
    record('ipcMain.handle', channel);
    registry.ipc.set(channel, handler);
  },
};

class Session {
  webRequest = {
    onBeforeRequest: (listener) => {
      record('session.webRequest.onBeforeRequest');
      this.beforeRequest = listener;
    },
  };

  setPermissionRequestHandler(handler) {
    record('session.setPermissionRequestHandler');
    this.permissionRequest = handler;
  }

  setPermissionCheckHandler(handler) {
    record('session.setPermissionCheckHandler');
    this.permissionCheck = handler;
  }
}

const defaultSession = new Session();

export class WebContents extends EventEmitter {
  session = defaultSession;

  on(event, listener) {
    record('webContents.on', event);
    return super.on(event, listener);
  }

  setWindowOpenHandler(handler) {
    record('webContents.setWindowOpenHandler');
    this.windowOpenHandler = handler;
  }

  send(channel, payload) {
    record('webContents.send', { channel, payload });
  }

  isDestroyed() {
    return false;
  }
}

/** Creates web contents the way Electron does: every one is announced to the app first. */
export function createWebContents() {
  const contents = new WebContents();
  app.emit('web-contents-created', preventable(), contents);
  return contents;
}

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    requireReady('new BrowserWindow');
    record('new BrowserWindow', options);
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width, height: options.height };
    this.maximized = false;
    this.webContents = createWebContents();
    registry.windows.push(this);
  }

  static getAllWindows() {
    return [...registry.windows];
  }

  loadFile(file) {
    record('BrowserWindow.loadFile', file);
    return Promise.reject(new Error('the app page is served from app://, never loaded as a file'));
  }

  loadURL(url) {
    record('BrowserWindow.loadURL', url);
    this.#pageLoaded(url);
    return Promise.resolve();
  }

  show() {
    record('BrowserWindow.show');
  }

  maximize() {
    record('BrowserWindow.maximize');
    this.maximized = true;
  }

  isMaximized() {
    return this.maximized;
  }

  getNormalBounds() {
    return { ...this.bounds };
  }

  /** A probe's stand-in for the user dragging the window. */
  moveTo(bounds) {
    this.bounds = { ...bounds };
    this.emit('move');
  }

  focus() {}

  restore() {}

  isMinimized() {
    return false;
  }

  isDestroyed() {
    return false;
  }

  // After the code that loaded the page has run to its end, like a real page load.
  #pageLoaded(pageUrl) {
    setImmediate(async () => {
      this.emit('ready-to-show');
      await runProbes({ ...registry, app, window: this, pageUrl });
      app.quit();
    });
  }
}

export const Menu = {
  buildFromTemplate(template) {
    record('Menu.buildFromTemplate', template);
    return { template };
  },
  setApplicationMenu(menu) {
    record('Menu.setApplicationMenu');
    registry.menuTemplate = menu?.template ?? null;
  },
};

export const dialog = {
  showOpenDialog(...args) {
    // Called as (window, options) or (options).
    record('dialog.showOpenDialog', { withWindow: args.length === 2, options: args.at(-1) });
    const pick = process.env.FOLIO_WIRING_PICK;
    return Promise.resolve(pick ? { canceled: false, filePaths: [pick] } : { canceled: true, filePaths: [] });
  },
  showErrorBox(title, content) {
    record('dialog.showErrorBox', { title, content });
  },
};

export const shell = {
  openExternal(url) {
    record('shell.openExternal', url);
    return Promise.resolve();
  },
  showItemInFolder(path) {
    record('shell.showItemInFolder', path);
  },
};

export const screen = {
  getAllDisplays() {
    return [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
  },
};

// Image downloads, saving and copying: present so the app links and starts; the
// wiring run downloads, saves and copies nothing.
export const net = {
  request(options) {
    record('net.request', options);
    throw new Error('the wiring stand-in has no network');
  },
};

export const session = {
  fromPartition(partition) {
    record('session.fromPartition', partition);
    return new Session();
  },
};

export const nativeImage = {
  createFromPath(path) {
    record('nativeImage.createFromPath', path);
    return { isEmpty: () => true, toPNG: () => new Uint8Array(0) };
  },
};

export class ClipboardItem {
  constructor(items) {
    this.items = items;
  }
}

export const clipboard = {
  write(items) {
    record('clipboard.write', items.length);
    return Promise.resolve();
  },
};
