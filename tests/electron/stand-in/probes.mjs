// Run by the stand-in once the page has loaded: each probe calls something the
// app registered, the way Electron, the page or a user would, and records what came back.
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { URL } from 'node:url';
import { createWebContents } from './electron.mjs';
import { record, recorded } from './recorder.mjs';

function findItem(template, label) {
  for (const item of template ?? []) {
    if (item.label === label) return item;
    const inner = findItem(item.submenu, label);
    if (inner) return inner;
  }
  return null;
}

function preventable() {
  const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
  return event;
}

/** Waits (generously: the machine may be loaded) for the count of finished imports to reach n. */
async function importsFinished(n) {
  for (let waited = 0; waited < 60_000; waited += 50) {
    const finished = recorded('webContents.send').filter((d) => d.payload?.type === 'import-finished');
    if (finished.length >= n) return finished.at(-1).payload.report;
    await sleep(50);
  }
  return null;
}

async function probeAppScheme({ protocols }) {
  const handler = protocols.get('app');
  for (const url of [
    'app://folio/index.html',
    'app://folio/../main/index.js',
    'app://folio/%2e%2e/main/index.js',
    'app://folio/nothing.js',
  ]) {
    const response = await handler(new globalThis.Request(url));
    record('probe.app', { url, status: response.status, csp: response.headers.get('content-security-policy') });
  }
}

async function probeIpc({ ipc }, pageUrl) {
  const fromPage = { senderFrame: { url: `${pageUrl}#/article/1` } };
  const invoke = (channel, request, event = fromPage) => ipc.get(`folio:${channel}`)(event, request);
  const answer = async (call, channel, request, event) => record('probe.ipc', { call, answer: await invoke(channel, request, event) });
  await answer('getOverview from the page', 'getOverview', {});
  await answer('getOverview from a foreign frame', 'getOverview', {}, { senderFrame: { url: 'https://evil.example/' } });
  await answer('getOverview without a frame', 'getOverview', {}, { senderFrame: null });
  await answer('getOverview from a file: frame with %2F', 'getOverview', {}, { senderFrame: { url: 'file:///x%2Fy/index.html' } });
  await answer('getArticle with a bad id', 'getArticle', { id: -1 });
  await answer('openExternal file:', 'openExternal', { url: 'file:///etc/passwd' });
  await answer('openExternal mailto with attach', 'openExternal', { url: 'mailto:a@example.org?attach=/etc/passwd' });
  await answer('openExternal https:', 'openExternal', { url: 'HTTPS://EXAMPLE.org/news' });
  await answer('getAppInfo', 'getAppInfo', {});
  await answer('getAbout', 'getAbout', {});

  // Folders reach startImport only as tokens from the dialog or a drop.
  await answer('startImport with a path', 'startImport', { paths: [process.env.FOLIO_WIRING_PICK ?? '/'] });
  await answer('startImport with an unknown token', 'startImport', { folders: ['0123456789abcdef0123456789abcdef'] });
  const picked = await invoke('pickFolders', { purpose: 'import' });
  record('probe.ipc', { call: 'pickFolders', answer: picked });
  const dropped = await ipc.get('folio:drop')(fromPage, [process.env.FOLIO_WIRING_PICK ?? '', '/no/such/folder', '']);
  record('probe.ipc', { call: 'drop', answer: dropped });
  record('probe.ipc', {
    call: 'drop from a foreign frame',
    answer: await ipc.get('folio:drop')({ senderFrame: { url: 'https://evil.example/' } }, ['/']),
  });
  const token = picked.value?.folders?.[0]?.token;
  if (token) {
    await answer('startImport with the picked token', 'startImport', { folders: [token] });
    record('probe.import', { call: 'picked folder', report: await importsFinished(1) });
    await answer('search after the import', 'search', { query: '习近平', view: { kind: 'all' }, sort: 'relevance', offset: 0, limit: 5 });
  }
}

async function probeSecondLaunch({ app }) {
  const folder = process.env.FOLIO_WIRING_PICK;
  if (!folder) return;
  const before = recorded('webContents.send').filter((d) => d.payload?.type === 'import-finished').length;
  // The second launch's arguments as Electron hands them over: the executable, Chromium's own switches, the folder.
  app.emit('second-instance', preventable(), [process.execPath, '--allow-file-access-from-files', folder], '/');
  record('probe.import', { call: 'second launch', report: await importsFinished(before + 1) });
}

async function probeImages({ protocols }) {
  const handler = protocols.get('folio-image');
  for (const url of ['folio-image://image/0123456789abcdef.png', 'folio-image://image/..%2F..%2Fetc%2Fpasswd']) {
    const response = await handler(new globalThis.Request(url));
    record('probe.image', { url, status: response.status });
  }
}

function probeGuards(contents, who) {
  const navigation = preventable();
  contents.emit('will-navigate', navigation, 'https://example.org/');
  const frame = preventable();
  contents.emit('will-frame-navigate', frame);
  const webview = preventable();
  contents.emit('will-attach-webview', webview, {}, {});
  record('probe.guard', {
    who,
    navigation: navigation.defaultPrevented,
    frameNavigation: frame.defaultPrevented,
    webview: webview.defaultPrevented,
    windowOpen: contents.windowOpenHandler?.({ url: 'https://example.org/' }) ?? null,
  });
}

function probeWindow({ window, pageUrl }) {
  const contents = window.webContents;
  probeGuards(contents, 'window');
  probeGuards(createWebContents(), 'other web contents');

  const { session } = contents;
  session.permissionRequest?.(contents, 'geolocation', (granted) => record('probe.window', { call: 'permission request', granted }), {});
  record('probe.window', { call: 'permission check', granted: session.permissionCheck?.(contents, 'media', pageUrl, {}) });
  session.permissionRequest?.(
    contents,
    'clipboard-sanitized-write',
    (granted) => record('probe.window', { call: 'clipboard request', granted }),
    {},
  );
  for (const url of [
    pageUrl,
    new URL('assets/index.js', pageUrl).href,
    'https://example.org/pixel.gif',
    'file:///etc/passwd',
    'file:///opt/a%2Fb/index.html',
  ]) {
    session.beforeRequest?.({ url }, (response) => record('probe.request', { url, cancel: response.cancel }));
  }
  window.moveTo({ x: 40, y: 30, width: 1100, height: 700 });
}

function probeMenu({ menuTemplate }) {
  for (const label of ['Import Folder…', 'Show Logs', 'About Folio']) {
    const item = findItem(menuTemplate, label);
    record('probe.menu', { call: `click ${label}`, found: item !== null });
    item?.click?.(item, null, {});
  }
}

export async function runProbes(context) {
  await probeAppScheme(context);
  await probeIpc(context, context.pageUrl);
  await probeSecondLaunch(context);
  await probeImages(context);
  probeWindow(context);
  probeMenu(context);
}
