// One image download against a loopback server the test starts: every type served
// right, and each way a server or an article can misbehave, ending in a reason a
// reader can act on (and whether a later run should try again).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalHosts } from '../../../src/main/images/address-policy';
import { fetchImage } from '../../../src/main/images/fetch-image';
import type { FetchRules } from '../../../src/main/images/fetch-image';
import { createNodeFetcher } from '../../../src/main/images/node-fetcher';
import { redirect, serve, startImageServer } from '../../helpers/image-server';
import type { TestServer } from '../../helpers/image-server';

const image = (name: string) => readFileSync(join('tests/fixtures/images', name));
const PNG = image('book-fair.png');

const RULES: FetchRules = {
  userAgent: 'FolioTest/1.0',
  referer: 'article',
  timeoutMs: 10_000,
  maxBytes: 100_000,
  maxRedirects: 5,
  localHosts: 'loopback',
};

let server: TestServer;

beforeAll(async () => {
  const big = Buffer.concat([PNG, Buffer.alloc(150_000)]);
  server = await startImageServer({
    '/a.png': serve(PNG, 'image/png'),
    '/b.jpg': serve(image('photo.jpg'), 'image/jpeg'),
    '/c.gif': serve(image('chart.gif'), 'image/gif'),
    '/d.webp': serve(image('map.webp'), 'image/webp'),
    '/e.svg': serve(image('diagram.svg'), 'image/svg+xml'),
    '/f.avif': serve(image('still.avif'), 'image/avif'),
    // The type comes from the bytes: a PNG labelled as HTML is a PNG.
    '/mislabelled': serve(PNG, 'text/html'),
    '/page-as-jpeg': serve('<!DOCTYPE html><html><body>Hotlinking not allowed</body></html>', 'image/jpeg'),
    '/flaky': (_req, res, hit) => (hit === 1 ? res.writeHead(500).end() : serve(PNG, 'image/png')(_req, res, hit)),
    '/busy': (_req, res) => res.writeHead(429, { 'retry-after': '7' }).end(),
    '/slow': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.write(PNG.subarray(0, 100));
      // …and the rest never comes.
    },
    '/oversize': serve(big, 'image/png'),
    '/oversize-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(big);
    },
    '/reset': (req) => req.socket.destroy(),
    '/hop1': redirect('/hop2', 301),
    '/hop2': redirect('/hop3', 307),
    '/hop3': redirect('/a.png'),
    '/loop': redirect('/loop'),
    '/to-private': redirect('http://10.1.2.3/secret.png'),
    '/to-ftp': redirect('ftp://127.0.0.1/a.png'),
  });
});

afterAll(() => server.close());

async function get(path: string, rules: Partial<FetchRules> = {}, articleUrl: string | null = 'https://news.example/story/1') {
  const fetcher = createNodeFetcher({ proxy: null, localHosts: rules.localHosts ?? RULES.localHosts });
  try {
    return await fetchImage(
      fetcher,
      /^\/[^/]/.test(path) ? server.url(path) : path,
      articleUrl,
      { ...RULES, ...rules },
      new AbortController().signal,
    );
  } finally {
    await fetcher.close();
  }
}

describe('fetchImage', () => {
  it.each([
    ['/a.png', 'image/png', 400, 260],
    ['/b.jpg', 'image/jpeg', 64, 40],
    ['/c.gif', 'image/gif', 48, 32],
    ['/d.webp', 'image/webp', 80, 50],
    ['/e.svg', 'image/svg+xml', 120, 60],
    ['/f.avif', 'image/avif', 40, 30],
  ])('stores %s as %s with its size', async (path, mime, width, height) => {
    const outcome = await get(path);
    expect(outcome).toMatchObject({ ok: true, facts: { mime, width, height } });
  });

  it('decides the type from the bytes, not the Content-Type', async () => {
    expect(await get('/mislabelled')).toMatchObject({ ok: true, facts: { mime: 'image/png' } });
    expect(await get('/page-as-jpeg')).toMatchObject({ ok: false, reason: 'an HTML page, not an image', transient: false });
  });

  it('sends a browser-like User-Agent and the article as Referer, and no cookies', async () => {
    const before = server.log.length;
    await get('/a.png');
    const sent = server.log.slice(before).find((r) => r.path === '/a.png');
    expect(sent?.headers['user-agent']).toBe('FolioTest/1.0');
    expect(sent?.headers['referer']).toBe('https://news.example/story/1');
    expect(sent?.headers['cookie']).toBeUndefined();
    await get('/a.png', { referer: 'none' });
    expect(server.log.at(-1)?.headers['referer']).toBeUndefined();
  });

  it('reports a 404 as permanent and a 500 or 429 as worth another try', async () => {
    expect(await get('/missing.png')).toMatchObject({ ok: false, reason: 'HTTP 404', transient: false });
    expect(await get('/flaky')).toMatchObject({ ok: false, reason: 'HTTP 500', transient: true });
    expect(await get('/flaky')).toMatchObject({ ok: true });
    expect(await get('/busy')).toMatchObject({ ok: false, transient: true, retryAfterMs: 7000 });
  });

  it('gives up on a server that stalls past the timeout', async () => {
    expect(await get('/slow', { timeoutMs: 1500 })).toMatchObject({ ok: false, reason: 'timed out after 2 s', transient: true });
  });

  it('refuses images past the size cap, declared or not', async () => {
    expect(await get('/oversize')).toMatchObject({ ok: false, reason: 'larger than 100 KB', transient: false });
    expect(await get('/oversize-chunked')).toMatchObject({ ok: false, transient: false });
  });

  it('reports a connection reset as transient', async () => {
    expect(await get('/reset')).toMatchObject({ ok: false, reason: 'connection reset', transient: true });
  });

  it('follows a chain of redirects, and no more than the limit', async () => {
    expect(await get('/hop1')).toMatchObject({ ok: true, facts: { mime: 'image/png' } });
    expect(await get('/hop1', { maxRedirects: 2 })).toMatchObject({ ok: false, reason: 'more than 2 redirects' });
    expect(await get('/loop')).toMatchObject({ ok: false, reason: 'more than 5 redirects' });
  });

  it('checks every hop: a redirect into the private network or to another scheme is refused', async () => {
    const before = server.log.length;
    expect(await get('/to-private')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^refused: 10\.1\.2\.3 is a local/),
      transient: false,
    });
    expect(await get('/to-ftp')).toMatchObject({ ok: false, reason: 'ftp: URLs are not downloaded' });
    expect(server.log.length - before).toBe(2);
  });

  it('refuses this machine unless allowed, by address and by name, before connecting', async () => {
    const before = server.log.length;
    const refused = (localHosts: LocalHosts, url: string) => get(url, { localHosts });
    expect(await refused('refuse', server.url('/a.png'))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^refused: 127\.0\.0\.1/),
    });
    expect(await refused('refuse', `http://localhost:${server.port}/a.png`)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^refused/),
    });
    expect(await refused('refuse', `http://[::ffff:127.0.0.1]:${server.port}/a.png`)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^refused/),
    });
    expect(server.log.length).toBe(before);
    expect(await refused('allow', server.url('/a.png'))).toMatchObject({ ok: true });
  });

  it('decodes data: images locally and takes a protocol-relative address with its article', async () => {
    const dataUrl = `data:image/png;base64,${PNG.toString('base64')}`;
    expect(await get(dataUrl)).toMatchObject({ ok: true, facts: { mime: 'image/png', width: 400 } });
    const relative = `//127.0.0.1:${server.port}/a.png`;
    expect(await get(relative, {}, 'http://news.example/story')).toMatchObject({ ok: true });
    expect(await get('javascript:alert(1)')).toMatchObject({ ok: false, reason: 'javascript: URLs are not downloaded' });
  });
});
