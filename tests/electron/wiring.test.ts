// A wiring test, not an Electron test: the built main process runs in plain Node
// against a recording stand-in for `electron`, with the real library service.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, DROP_CHANNEL, EVENT_CHANNEL } from '../../src/shared/contract';
import type { FolioBridge, FolioEvent } from '../../src/shared/contract';
import { CONTENT_SECURITY_POLICY } from '../../src/main/electron/content-security-policy';
import { runBuiltPreload } from './run-built-preload';
import { projectRoot, runWiredApp } from './run-wired-app';
import type { WiredRun } from './run-wired-app';
import { wiringReader } from './wiring-log';

const FIXTURE = join(projectRoot, 'tests/fixtures/feed-capture');
const TITLE = '习近平访俄甚过当年毛泽东拜会斯大林';
const SAVED_BOUNDS = { x: 120, y: 80, width: 1000, height: 700 };

let run: WiredRun;
let read: ReturnType<typeof wiringReader>;

// tests/global-setup.ts has built out/ from the current sources.
beforeAll(() => {
  const home = mkdtempSync(join(tmpdir(), 'folio-wiring-'));
  mkdirSync(join(home, 'userData'));
  // The window's place from "last time".
  writeFileSync(join(home, 'userData/folio-config.json'), JSON.stringify({ window: { bounds: SAVED_BOUNDS, maximized: true } }));
  run = runWiredApp({ home, pick: FIXTURE });
  read = wiringReader(run);
}, 180_000);

describe('Electron shell wiring (built main process, stand-in electron)', () => {
  it('starts with the real library, then closes it before quitting', () => {
    expect(read.entries('crash'), run.stderr).toEqual([]);
    expect(read.details('dialog.showErrorBox')).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(existsSync(join(run.home, 'userData', 'library'))).toBe(true);
    // The first quit is held back while the service closes; the second one goes through.
    expect(read.indexOf('before-quit prevented')).toBeLessThan(read.indexOf('quit'));
  });

  it('registers every contract channel and the preload drop channel exactly once, and nothing else', () => {
    const registered = read.details<string>('ipcMain.handle');
    expect([...registered].sort()).toEqual([...CHANNELS.map((channel) => `folio:${channel}`), DROP_CHANNEL].sort());
  });

  it('creates the window with the secure settings, where it was last time', () => {
    const options = read.windowOptions();
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
    expect(options).toMatchObject(SAVED_BOUNDS);
    expect(read.entries('BrowserWindow.maximize')).toHaveLength(1);
  });

  it('remembers where the window was moved, for the next start', () => {
    const config = JSON.parse(readFileSync(join(run.home, 'userData/folio-config.json'), 'utf8')) as { window: unknown };
    expect(config.window).toEqual({ bounds: { x: 40, y: 30, width: 1100, height: 700 }, maximized: true });
  });

  it('points the preload at the built CommonJS file (a sandboxed preload cannot be ESM)', () => {
    const preload = read.windowOptions().webPreferences.preload as string;
    expect(preload).toBe(join(projectRoot, 'out/preload/index.js'));
    expect(readFileSync(preload, 'utf8')).toMatch(/require\(["']electron["']\)/);
  });

  it('loads the page from app://folio/, with the CSP as a header and the same CSP in the meta tag', () => {
    expect(read.details('BrowserWindow.loadURL')).toEqual(['app://folio/index.html']);
    expect(read.entries('BrowserWindow.loadFile')).toEqual([]);
    const responses = read.details<{ url: string; status: number; csp: string | null }>('probe.app');
    expect(responses[0]).toEqual({ url: 'app://folio/index.html', status: 200, csp: CONTENT_SECURITY_POLICY });
    const html = readFileSync(join(projectRoot, 'out/renderer/index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none';.*img-src 'self' data: folio-image:/);
  });

  it('serves nothing from outside the built renderer through app://', () => {
    const statuses = read
      .details<{ url: string; status: number }>('probe.app')
      .slice(1)
      .map((r) => r.status);
    expect(statuses).toEqual([404, 404, 404]);
  });

  it('registers both schemes as privileged in one call before ready, and serves them before the window loads', () => {
    const calls = read.details<{ scheme: string; privileges: Record<string, boolean> }[]>('protocol.registerSchemesAsPrivileged');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
      expect.objectContaining({ scheme: 'folio-image', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(read.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(read.indexOf('app ready'));
    expect(read.details('protocol.handle')).toEqual(['app', 'folio-image']);
    expect(read.indexOf('protocol.handle')).toBeLessThan(read.indexOf('BrowserWindow.loadURL'));
    expect(read.indexOf('ipcMain.handle')).toBeLessThan(read.indexOf('BrowserWindow.loadURL'));
  });

  it('has File › Import Folder… on CmdOrCtrl+O, and choosing it tells the page; Help › About and Show Logs', () => {
    expect(read.menuItem('Import Folder…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(read.entries('Menu.setApplicationMenu')).toHaveLength(1);
    const sent = read.details<{ payload: FolioEvent }>('webContents.send').map((s) => s.payload);
    expect(sent).toContainEqual({ type: 'command', command: 'import-folder' });
    expect(sent).toContainEqual({ type: 'command', command: 'show-about' });
    expect(read.details('shell.showItemInFolder')).toEqual([join(run.home, 'userData/logs/folio.log')]);
  });

  it('answers IPC from the app page with the real service, and refuses any other sender without throwing', () => {
    expect(read.answer('getOverview from the page').ok).toBe(true);
    for (const call of ['getOverview from a foreign frame', 'getOverview without a frame', 'getOverview from a file: frame with %2F']) {
      expect(read.answer(call), call).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(read.answer('getArticle with a bad id')).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('opens only web and plain mail links, and hands the system the normalised URL', () => {
    expect(read.answer('openExternal file:')).toEqual({ ok: true, value: { opened: false } });
    expect(read.answer('openExternal mailto with attach')).toEqual({ ok: true, value: { opened: false } });
    expect(read.answer('openExternal https:')).toEqual({ ok: true, value: { opened: true } });
    expect(read.details('shell.openExternal')).toEqual(['https://example.org/news']);
  });

  it('imports only folders chosen in the dialog or dropped, by token, and then finds them', () => {
    expect(read.answer('startImport with a path')).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(read.answer('startImport with an unknown token')).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const picked = read.answer<{ folders: { token: string; path: string }[] }>('pickFolders');
    expect(picked.value?.folders).toEqual([{ token: expect.stringMatching(/^[0-9a-f]{32}$/), path: FIXTURE }]);
    const [dialogCall] = read.details<{ options: { properties: string[] } }>('dialog.showOpenDialog');
    expect(dialogCall?.options.properties).toEqual(expect.arrayContaining(['openDirectory', 'multiSelections']));
    // A drop grants only what is a folder; a foreign frame cannot drop.
    const dropped = read.answer<{ folders: { path: string }[] }>('drop');
    expect(dropped.value?.folders.map((f) => f.path)).toEqual([FIXTURE]);
    expect(read.answer('drop from a foreign frame')).toMatchObject({ ok: false });

    expect(read.answer('startImport with the picked token').ok).toBe(true);
    const report = read.importReport('picked folder');
    expect(report).toMatchObject({ roots: [FIXTURE], error: null });
    expect(report.imported).toBeGreaterThan(0);
    const search = read.answer<{ hits: { title: string }[] }>('search after the import');
    expect(search.value?.hits.map((hit) => hit.title)).toContain(TITLE);
  });

  it('imports a folder given to a second launch, in the running app', () => {
    expect(read.importReport('second launch')).toMatchObject({ roots: [FIXTURE], error: null, unchanged: expect.any(Number) });
  });

  it('tells the page its version, library folder and log file, and the licences of the build', () => {
    expect(read.answer('getAppInfo').value).toEqual({
      version: '0.1.0',
      libraryDir: join(run.home, 'userData/library'),
      sample: false,
      sampleAvailable: true,
      logFile: join(run.home, 'userData/logs/folio.log'),
    });
    const about = read.answer<{ licences: { name: string }[] }>('getAbout').value;
    expect(about?.licences.map((l) => l.name)).toEqual(expect.arrayContaining(['electron', 'sql.js', 'react', 'dompurify']));
  });

  it('keeps a log of what happened without a word of what was read', () => {
    const log = readFileSync(join(run.home, 'userData/logs/folio.log'), 'utf8');
    expect(log).toMatch(/ info start /);
    expect(log).toMatch(/ info import-finished .*"imported":\d/);
    expect(log).not.toContain(TITLE);
    expect(log).not.toContain('克里姆林宫');
    expect(log).not.toContain('习近平');
  });

  it('denies navigation, frame navigation, webviews and new windows for the window and any other web contents', () => {
    const guarded = { navigation: true, frameNavigation: true, webview: true, windowOpen: { action: 'deny' } };
    expect(read.details('probe.guard')).toEqual([
      { who: 'window', ...guarded },
      { who: 'other web contents', ...guarded },
    ]);
    expect(read.indexOf('app.on')).toBeLessThan(read.indexOf('new BrowserWindow'));
  });

  it('denies permissions and requests that leave the app, answering for malformed URLs too', () => {
    expect(read.probe<{ granted: boolean }>('probe.window', 'permission request').granted).toBe(false);
    expect(read.probe<{ granted: boolean }>('probe.window', 'permission check').granted).toBe(false);
    // The import report's Copy buttons write to the clipboard; that one permission is allowed.
    expect(read.probe<{ granted: boolean }>('probe.window', 'clipboard request').granted).toBe(true);
    const cancelled = Object.fromEntries(read.details<{ url: string; cancel: boolean }>('probe.request').map((r) => [r.url, r.cancel]));
    expect(cancelled).toEqual({
      'app://folio/index.html': false,
      'app://folio/assets/index.js': false,
      'https://example.org/pixel.gif': true,
      'file:///etc/passwd': true,
      'file:///opt/a%2Fb/index.html': true,
    });
  });

  it('answers 404 for an unknown image and for a path smuggled into the image URL', () => {
    expect(read.details<{ url: string; status: number }>('probe.image')).toEqual([
      { url: 'folio-image://image/0123456789abcdef.png', status: 404 },
      { url: 'folio-image://image/..%2F..%2Fetc%2Fpasswd', status: 404 },
    ]);
  });
});

describe('the CLI inside the app (`folio <command>` from an installed app)', () => {
  it('runs the command, prints its output and exits without opening a window', () => {
    const library = mkdtempSync(join(tmpdir(), 'folio-wiring-cli-'));
    const imported = runWiredApp({ args: ['import', FIXTURE, '--library', library, '--json'] });
    expect(imported.exitCode, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ error: null });
    const searched = runWiredApp({ args: ['search', '习近平', '--library', library, '--json'] });
    expect(searched.exitCode, searched.stderr).toBe(0);
    expect((JSON.parse(searched.stdout) as { hits: { title: string }[] }).hits.map((h) => h.title)).toContain(TITLE);
    for (const run of [imported, searched]) {
      const reader = wiringReader(run);
      expect(reader.entries('new BrowserWindow')).toEqual([]);
      expect(reader.entries('app.requestSingleInstanceLock')).toEqual([]);
      expect(reader.details('app.exit')).toEqual([0]);
    }
  });

  it('exits 2 with the usage for a mistake', () => {
    const run = runWiredApp({ args: ['search', '--library'] });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/Usage:/);
  });
});

describe('preload wiring (built preload, stand-in electron)', () => {
  it('exposes window.folio alone, with one method per contract channel, onEvent and dropFolders', () => {
    const { exposed } = runBuiltPreload();
    expect([...exposed.keys()]).toEqual(['folio']);
    expect(Object.keys(exposed.get('folio') as object).sort()).toEqual([...CHANNELS, 'onEvent', 'dropFolders'].sort());
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

  it('sends the paths of dropped files (never a path the page made up) over the drop channel', async () => {
    const { exposed, invoked, dropFile } = runBuiltPreload();
    const folio = exposed.get('folio') as FolioBridge;
    await folio.dropFolders([dropFile('/home/reader/archive'), new Blob(['not a dropped file'])]);
    expect(invoked).toEqual([{ channel: DROP_CHANNEL, request: ['/home/reader/archive', ''] }]);
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
