// `folio images` on the built CLI, against loopback servers the test starts: local
// hosts refused unless --allow-local-hosts, --proxy (and HTTPS_PROXY) honoured, the
// report's JSON, and `folio show` telling which images the library holds.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writePictureArticles } from '../../helpers/image-library';
import { serve, startImageServer, startProxy, startSocks5Proxy } from '../../helpers/image-server';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const CLI = resolve('out/cli/folio.js');
const PNG = readFileSync('tests/fixtures/images/book-fair.png');
const NO_PROXY_ENV = { HTTP_PROXY: '', HTTPS_PROXY: '', http_proxy: '', https_proxy: '', NO_PROXY: '', no_proxy: '' };

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** Runs the CLI without blocking this process, which serves the images. */
function folio(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...NO_PROXY_ENV, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => done({ code, out, err }));
  });
}

async function libraryWithPictures() {
  const server = await startImageServer({ '/a.png': serve(PNG, 'image/png') });
  closers.push(server.close);
  const folder = tempDir();
  const library = tempDir();
  writePictureArticles(folder, [
    { name: 'pictured', source: 'Photo Desk', images: [{ url: server.url('/a.png') }, { url: server.url('/gone.png') }] },
  ]);
  expect((await folio(['import', folder, '--library', library, '--json'])).code).toBe(0);
  return { server, library };
}

describe('folio images', () => {
  it('refuses this machine by default, downloads through --proxy with --allow-local-hosts, and show tells what is offline', async () => {
    const { server, library } = await libraryWithPictures();

    const refused = await folio(['images', '--library', library, '--json']);
    expect(refused.code).toBe(0);
    const first = JSON.parse(refused.out) as { images: { failed: { url: string; reason: string }[] } };
    expect(first.images.failed).toHaveLength(2);
    expect(first.images.failed[0]?.reason).toMatch(/^refused: 127\.0\.0\.1 is a local or private network address/);
    expect(server.log).toHaveLength(0);

    const proxy = await startProxy();
    closers.push(proxy.close);
    const run = await folio(['images', '--library', library, '--allow-local-hosts', '--proxy', proxy.url(''), '--json']);
    expect(run.err).toBe('');
    const report = JSON.parse(run.out) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['articles', 'images', 'bytes', 'seconds']);
    // The refusals were not for a passing reason, so this run skips them.
    expect(report).toMatchObject({ articles: 1, images: { downloaded: 0, alreadyLocal: 0, skipped: 2, failed: [] } });

    const list = JSON.parse((await folio(['list', '--library', library, '--json'])).out) as { rows: { id: number }[] };
    const id = String(list.rows[0]?.id);
    const before = JSON.parse((await folio(['show', id, '--library', library, '--json'])).out) as { images: unknown[] };
    expect(before.images).toEqual([
      { url: server.url('/a.png'), offline: false, reason: expect.stringMatching(/^refused/) },
      { url: server.url('/gone.png'), offline: false, reason: expect.stringMatching(/^refused/) },
    ]);
  });

  it('fetches what is missing through an HTTP proxy and reports each failure', async () => {
    const { server, library } = await libraryWithPictures();
    const proxy = await startProxy();
    closers.push(proxy.close);
    const run = await folio([
      'images',
      '--library',
      library,
      '--source',
      'Photo Desk',
      '--allow-local-hosts',
      '--proxy',
      proxy.url(''),
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({
      articles: 1,
      images: { downloaded: 1, alreadyLocal: 0, skipped: 0, failed: [{ url: server.url('/gone.png'), reason: 'HTTP 404' }] },
      bytes: PNG.length,
    });
    expect(proxy.targets.length).toBeGreaterThan(0);
    expect(proxy.targets.every((t) => t.includes(`127.0.0.1:${server.port}`))).toBe(true);

    const list = JSON.parse((await folio(['list', '--library', library, '--json'])).out) as { rows: { id: number }[] };
    const shown = JSON.parse((await folio(['show', String(list.rows[0]?.id), '--library', library, '--json'])).out) as {
      images: unknown[];
    };
    expect(shown.images).toEqual([
      { url: server.url('/a.png'), offline: true },
      { url: server.url('/gone.png'), offline: false, reason: 'HTTP 404' },
    ]);

    // Running again fetches nothing: one image is here, the other is gone for good.
    const again = JSON.parse((await folio(['images', '--library', library, '--allow-local-hosts', '--json'])).out) as unknown;
    expect(again).toMatchObject({ images: { downloaded: 0, alreadyLocal: 1, skipped: 1, failed: [] } });
  });

  it('downloads through a SOCKS5 proxy', async () => {
    const { server, library } = await libraryWithPictures();
    const socks = await startSocks5Proxy();
    closers.push(socks.close);
    const run = await folio(['images', '--library', library, '--allow-local-hosts', '--proxy', socks.url(''), '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ images: { downloaded: 1, failed: [{ reason: 'HTTP 404' }] } });
    expect(socks.targets).toContain(`127.0.0.1:${server.port}`);
  });

  it('honours HTTPS_PROXY and HTTP_PROXY from the environment', async () => {
    const { library } = await libraryWithPictures();
    const proxy = await startProxy();
    closers.push(proxy.close);
    const run = await folio(['images', '--library', library, '--allow-local-hosts', '--json'], { HTTP_PROXY: proxy.url('') });
    expect(JSON.parse(run.out)).toMatchObject({ images: { downloaded: 1 } });
    expect(proxy.targets.length).toBeGreaterThan(0);
  });

  it('says what is wrong with its arguments', async () => {
    const library = tempDir();
    const badProxy = await folio(['images', '--library', library, '--proxy', 'ftp://127.0.0.1:21']);
    expect(badProxy.code).toBe(2);
    expect(badProxy.err).toMatch(/--proxy takes an http:\/\/, https:\/\/ or socks5:\/\/ URL/);
    const { library: filled } = await libraryWithPictures();
    const unknown = await folio(['images', '--library', filled, '--source', 'Nowhere']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/There is no source "Nowhere" in the library/);
  });
});
