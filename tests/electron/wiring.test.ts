// A wiring test, not an Electron test: the built main process runs in plain Node
// against a recording stand-in for `electron`, with the real library service.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, EVENT_CHANNEL } from '../../src/shared/contract';
import type { FolioBridge, FolioEvent } from '../../src/shared/contract';
import { runBuiltPreload } from './run-built-preload';
import { projectRoot, runWiredApp } from './run-wired-app';
import type { LogEntry, WiredRun } from './run-wired-app';

interface MenuItem {
  label?: string;
  accelerator?: string;
  role?: string;
  submenu?: MenuItem[];
}

let run: WiredRun;

// tests/global-setup.ts has built out/ from the current sources.
beforeAll(() => {
  run = runWiredApp();
}, 180_000);

function entries(what: string): LogEntry[] {
  return run.log.filter((entry) => entry.what === what);
}

function details<T>(what: string): T[] {
  return entries(what).map((entry) => entry.detail as T);
}

function indexOf(what: string): number {
  const index = run.log.findIndex((entry) => entry.what === what);
  expect(index, `${what} was never called`).toBeGreaterThanOrEqual(0);
  return index;
}

function probe<T>(kind: string, call: string): T {
  const found = details<{ call: string } & T>(kind).find((detail) => detail.call === call);
  expect(found, `probe ${call} did not run`).toBeDefined();
  return found as T;
}

function windowOptions(): { webPreferences: Record<string, unknown> } {
  const [options] = details<{ webPreferences: Record<string, unknown> }>('new BrowserWindow');
  expect(options).toBeDefined();
  return options!;
}

function findItem(items: MenuItem[], label: string): MenuItem | undefined {
  for (const item of items) {
    if (item.label === label) return item;
    const inner = item.submenu ? findItem(item.submenu, label) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

describe('Electron shell wiring (built main process, stand-in electron)', () => {
  it('starts with the real library, then closes it before quitting', () => {
    expect(entries('crash'), run.stderr).toEqual([]);
    expect(details('dialog.showErrorBox')).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(existsSync(join(run.home, 'userData', 'library'))).toBe(true);
    // The first quit is held back while the service closes; the second one goes through.
    expect(indexOf('before-quit prevented')).toBeLessThan(indexOf('quit'));
  });

  it('registers every contract channel exactly once, and nothing else', () => {
    const registered = details<string>('ipcMain.handle');
    expect([...registered].sort()).toEqual(CHANNELS.map((channel) => `folio:${channel}`).sort());
  });

  it('creates the window with the secure settings', () => {
    expect(windowOptions().webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('points the preload at the built CommonJS file (a sandboxed preload cannot be ESM)', () => {
    const preload = windowOptions().webPreferences.preload as string;
    expect(preload).toBe(join(projectRoot, 'out/preload/index.js'));
    expect(existsSync(preload)).toBe(true);
    expect(readFileSync(preload, 'utf8')).toMatch(/require\(["']electron["']\)/);
  });

  it('loads the built page, which carries the Content-Security-Policy', () => {
    const [file] = details<string>('BrowserWindow.loadFile');
    expect(file).toBe(join(projectRoot, 'out/renderer/index.html'));
    const html = readFileSync(file!, 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*img-src 'self' data: folio-image:/);
  });

  it('registers the image scheme before ready and serves it before the window loads', () => {
    const [schemes] = details<{ scheme: string; privileges: Record<string, boolean> }[]>('protocol.registerSchemesAsPrivileged');
    expect(schemes).toEqual([expect.objectContaining({ scheme: 'folio-image' })]);
    expect(indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(indexOf('app ready'));
    expect(details('protocol.handle')).toEqual(['folio-image']);
    expect(indexOf('protocol.handle')).toBeLessThan(indexOf('BrowserWindow.loadFile'));
    expect(indexOf('ipcMain.handle')).toBeLessThan(indexOf('BrowserWindow.loadFile'));
  });

  it('has File › Import Folder… on CmdOrCtrl+O, and choosing it tells the page', () => {
    const [template] = details<MenuItem[]>('Menu.buildFromTemplate');
    expect(findItem(template ?? [], 'Import Folder…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(entries('Menu.setApplicationMenu')).toHaveLength(1);
    expect(probe<{ found: boolean }>('probe.menu', 'click Import Folder…').found).toBe(true);
    expect(details('webContents.send')).toContainEqual({ channel: EVENT_CHANNEL, payload: { type: 'command', command: 'import-folder' } });
  });

  it('answers IPC from the app page with the real service, and refuses any other sender', () => {
    const answer = (call: string) => probe<{ answer: { ok: boolean; error?: { code: string } } }>('probe.ipc', call).answer;
    expect(answer('getOverview from the page').ok).toBe(true);
    expect(answer('getOverview from a foreign frame')).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(answer('getOverview without a frame')).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(answer('getArticle with a bad id')).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('picks folders with the system dialog and opens only web and mail links', () => {
    const answer = (call: string) => probe<{ answer: unknown }>('probe.ipc', call).answer;
    expect(answer('pickFolders')).toEqual({ ok: true, value: { paths: [] } });
    const [dialogCall] = details<{ options: { properties: string[] } }>('dialog.showOpenDialog');
    expect(dialogCall?.options.properties).toEqual(expect.arrayContaining(['openDirectory', 'multiSelections']));
    expect(answer('openExternal file:')).toEqual({ ok: true, value: { opened: false } });
    expect(answer('openExternal https:')).toEqual({ ok: true, value: { opened: true } });
    expect(details('shell.openExternal')).toEqual(['https://example.org/news']);
  });

  it('denies navigation, new windows, permissions and requests that leave the app', () => {
    expect(probe<{ prevented: boolean }>('probe.window', 'will-navigate').prevented).toBe(true);
    expect(probe<{ answer: unknown }>('probe.window', 'window.open').answer).toEqual({ action: 'deny' });
    expect(probe<{ granted: boolean }>('probe.window', 'permission request').granted).toBe(false);
    expect(probe<{ granted: boolean }>('probe.window', 'permission check').granted).toBe(false);
    // The import report's Copy buttons write to the clipboard; that one permission is allowed.
    expect(probe<{ granted: boolean }>('probe.window', 'clipboard request').granted).toBe(true);
    const cancelled = Object.fromEntries(details<{ url: string; cancel: boolean }>('probe.request').map((r) => [r.url, r.cancel]));
    const page = Object.keys(cancelled).find((url) => url.endsWith('/out/renderer/index.html'));
    expect(page).toBeDefined();
    expect(cancelled[page!]).toBe(false);
    expect(cancelled[page!.replace('index.html', 'assets/index.js')]).toBe(false);
    expect(cancelled['https://example.org/pixel.gif']).toBe(true);
    expect(cancelled['file:///etc/passwd']).toBe(true);
  });

  it('answers 404 for an unknown image and for a path smuggled into the image URL', () => {
    expect(details<{ url: string; status: number }>('probe.image')).toEqual([
      { url: 'folio-image://image/0123456789abcdef.png', status: 404 },
      { url: 'folio-image://image/..%2F..%2Fetc%2Fpasswd', status: 404 },
    ]);
  });
});

describe('preload wiring (built preload, stand-in electron)', () => {
  it('exposes window.folio alone, with one method per contract channel and onEvent', () => {
    const { exposed } = runBuiltPreload();
    expect([...exposed.keys()]).toEqual(['folio']);
    expect(Object.keys(exposed.get('folio') as object).sort()).toEqual([...CHANNELS, 'onEvent'].sort());
  });

  it('sends each call over its folio: channel with the request unchanged', async () => {
    const { exposed, invoked } = runBuiltPreload();
    const folio = exposed.get('folio') as FolioBridge;
    await folio.search({ query: '习近平', view: { kind: 'all' }, sort: 'relevance', offset: 0, limit: 20 });
    await folio.pickFolders({});
    expect(invoked).toEqual([
      { channel: 'folio:search', request: { query: '习近平', view: { kind: 'all' }, sort: 'relevance', offset: 0, limit: 20 } },
      { channel: 'folio:pickFolders', request: {} },
    ]);
  });

  it('delivers events to the page without the IPC event object, until unsubscribed', () => {
    const { exposed, fromMain } = runBuiltPreload();
    const received: unknown[] = [];
    const unsubscribe = (exposed.get('folio') as FolioBridge).onEvent((event) => received.push(event));
    const event: FolioEvent = { type: 'command', command: 'focus-search' };
    fromMain.emit(EVENT_CHANNEL, { sender: 'ipcRenderer' }, event);
    unsubscribe();
    fromMain.emit(EVENT_CHANNEL, { sender: 'ipcRenderer' }, { type: 'library-changed' });
    expect(received).toEqual([event]);
  });
});
