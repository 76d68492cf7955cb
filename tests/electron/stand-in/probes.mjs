// Run by the stand-in once the page has loaded: each probe calls something the
// app registered, the way Electron or the page would, and records what came back.
import { URL } from 'node:url';
import { record } from './recorder.mjs';

function findItem(template, label) {
  for (const item of template ?? []) {
    if (item.label === label) return item;
    const inner = findItem(item.submenu, label);
    if (inner) return inner;
  }
  return null;
}

async function probeIpc({ ipc }, pageUrl) {
  const fromPage = { senderFrame: { url: `${pageUrl}#/article/1` } };
  const invoke = (channel, request, event = fromPage) => ipc.get(`folio:${channel}`)(event, request);
  record('probe.ipc', { call: 'getOverview from the page', answer: await invoke('getOverview', {}) });
  record('probe.ipc', {
    call: 'getOverview from a foreign frame',
    answer: await invoke('getOverview', {}, { senderFrame: { url: 'https://evil.example/' } }),
  });
  record('probe.ipc', { call: 'getOverview without a frame', answer: await invoke('getOverview', {}, { senderFrame: null }) });
  record('probe.ipc', { call: 'getArticle with a bad id', answer: await invoke('getArticle', { id: -1 }) });
  record('probe.ipc', { call: 'pickFolders', answer: await invoke('pickFolders', {}) });
  record('probe.ipc', { call: 'openExternal file:', answer: await invoke('openExternal', { url: 'file:///etc/passwd' }) });
  record('probe.ipc', { call: 'openExternal https:', answer: await invoke('openExternal', { url: 'https://example.org/news' }) });
}

async function probeImages({ protocols }) {
  const handler = protocols.get('folio-image');
  for (const url of ['folio-image://image/0123456789abcdef.png', 'folio-image://image/..%2F..%2Fetc%2Fpasswd']) {
    const response = await handler(new globalThis.Request(url));
    record('probe.image', { url, status: response.status });
  }
}

function probeWindow({ window, pageUrl }) {
  const contents = window.webContents;
  const navigation = { defaultPrevented: false, preventDefault: () => (navigation.defaultPrevented = true) };
  contents.emit('will-navigate', navigation, 'https://example.org/');
  record('probe.window', { call: 'will-navigate', prevented: navigation.defaultPrevented });
  record('probe.window', { call: 'window.open', answer: contents.windowOpenHandler?.({ url: 'https://example.org/' }) });

  const { session } = contents;
  session.permissionRequest?.(contents, 'geolocation', (granted) => record('probe.window', { call: 'permission request', granted }), {});
  record('probe.window', { call: 'permission check', granted: session.permissionCheck?.(contents, 'media', pageUrl, {}) });
  session.permissionRequest?.(contents, 'clipboard-sanitized-write', (granted) => record('probe.window', { call: 'clipboard request', granted }), {});
  for (const url of [pageUrl, new URL('assets/index.js', pageUrl).href, 'https://example.org/pixel.gif', 'file:///etc/passwd']) {
    session.beforeRequest?.({ url }, (response) => record('probe.request', { url, cancel: response.cancel }));
  }
}

function probeMenu({ menuTemplate }) {
  const item = findItem(menuTemplate, 'Import Folder…');
  record('probe.menu', { call: 'click Import Folder…', found: item !== null });
  item?.click?.(item, null, {});
}

export async function runProbes(context) {
  await probeIpc(context, context.pageUrl);
  await probeImages(context);
  probeWindow(context);
  probeMenu(context);
}
