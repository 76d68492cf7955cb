// Downloading an article's, a view's or the library's remote images through the
// service, from a loopback server the test starts: each URL once, stored once per
// content, failures kept with their reasons, cancel keeps what was fetched and a
// second run fetches only what is missing.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FolioEvent } from '../../../src/shared/contract';
import type { ImageJobReport } from '../../../src/shared/model';
import { imageRelativePath } from '../../../src/main/images/image-file';
import type { LibraryService } from '../../../src/main/service';
import { digest } from '../../../src/main/store/digest';
import { openImageService, writePictureArticles } from '../../helpers/image-library';
import { serve, startImageServer } from '../../helpers/image-server';
import type { Route, TestServer } from '../../helpers/image-server';
import { makePng } from '../../helpers/png';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const PNG = readFileSync('tests/fixtures/images/book-fair.png');
const JPEG = readFileSync('tests/fixtures/images/photo.jpg');
const all = { kind: 'view', view: { kind: 'all' } } as const;

const opened: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  for (const o of opened.splice(0).reverse()) await o.close();
});

async function server(routes: Record<string, Route>): Promise<TestServer> {
  const s = await startImageServer(routes);
  opened.push(s);
  return s;
}

async function library(articles: Parameters<typeof writePictureArticles>[1], events: FolioEvent[] = []): Promise<LibraryService> {
  const folder = tempDir();
  writePictureArticles(folder, articles);
  const service = await openImageService(tempDir(), events);
  opened.push(service);
  await service.importFolders([folder]);
  return service;
}

const idOf = (service: LibraryService, title: string): number => {
  const page = service.library.catalog.page({ kind: 'all' }, true, 0, 1000).ids;
  const row = service.library.db.articles(page).find((a) => a.title === title);
  if (!row) throw new Error(`no article ${title}`);
  return row.id;
};

describe('image downloads', () => {
  it("downloads the library's images once each and shows them in their articles with their sizes", async () => {
    const s = await server({ '/a.png': serve(PNG, 'image/png'), '/b.jpg': serve(JPEG, 'image/jpeg') });
    const service = await library([
      { name: 'one', images: [{ url: s.url('/a.png'), alt: '書展' }, { url: s.url('/b.jpg') }] },
      { name: 'two', images: [{ url: s.url('/a.png') }] },
    ]);
    const before = await service.getArticle({ id: idOf(service, 'one') });
    expect(before).toMatchObject({ images: [], remoteImages: 2 });

    const report = await service.downloadImages(all);
    expect(report).toMatchObject({
      articles: 2,
      images: { downloaded: 2, alreadyLocal: 0, skipped: 0, failed: [] },
      bytes: PNG.length + JPEG.length,
      cancelled: false,
    });
    expect(s.hits('/a.png')).toBe(1);

    const one = await service.getArticle({ id: idOf(service, 'one') });
    expect(one.remoteImages).toBe(0);
    expect(one.images).toEqual([
      expect.objectContaining({ alt: '書展', width: 400, height: 260, sourceUrl: s.url('/a.png'), id: `${digest(PNG)}.png` }),
      expect.objectContaining({ width: 64, height: 40, sourceUrl: s.url('/b.jpg'), id: `${digest(JPEG)}.jpg` }),
    ]);
    expect(one.html).toContain(`data-folio-image="${digest(PNG)}.png"`);
    for (const image of one.images) {
      expect(readFileSync(join(service.library.paths.images, imageRelativePath(image.id))).length).toBeGreaterThan(0);
    }
    expect((await service.getArticle({ id: idOf(service, 'two') })).images).toHaveLength(1);
  });

  it('stores the same image under two URLs once', async () => {
    const s = await server({ '/x.png': serve(PNG, 'image/png'), '/copy/x.png': serve(PNG, 'image/png') });
    const service = await library([{ name: 'twice', images: [{ url: s.url('/x.png') }, { url: s.url('/copy/x.png') }] }]);
    const report = await service.downloadImages(all);
    expect(report.images.downloaded).toBe(2);
    const article = await service.getArticle({ id: idOf(service, 'twice') });
    expect(article.images.map((i) => i.id)).toEqual([`${digest(PNG)}.png`, `${digest(PNG)}.png`]);
    expect(readdirSync(join(service.library.paths.images, digest(PNG).slice(0, 2)))).toEqual([`${digest(PNG)}.png`]);
    expect((await service.getImageStorage()).downloaded).toEqual({ images: 1, bytes: PNG.length });
  });

  it('keeps failures with their reasons; the next run retries only the transient ones', async () => {
    const s = await server({
      '/ok.png': serve(PNG, 'image/png'),
      // Fails for every try of the first run (1 + 2 retries), then works.
      '/flaky.png': (req, res, hit) => (hit <= 3 ? res.writeHead(503).end() : serve(PNG, 'image/png')(req, res, hit)),
      '/page.jpg': serve('<!doctype html><title>Forbidden</title>', 'image/jpeg'),
    });
    const service = await library([
      {
        name: 'mixed',
        images: [{ url: s.url('/ok.png') }, { url: s.url('/flaky.png') }, { url: s.url('/gone.png') }, { url: s.url('/page.jpg') }],
      },
    ]);

    const first = await service.downloadImages(all);
    expect(first.images).toMatchObject({ downloaded: 1, alreadyLocal: 0, skipped: 0 });
    expect(first.images.failed).toEqual(
      expect.arrayContaining([
        { url: s.url('/flaky.png'), reason: 'HTTP 503' },
        { url: s.url('/gone.png'), reason: 'HTTP 404' },
        { url: s.url('/page.jpg'), reason: 'an HTML page, not an image' },
      ]),
    );
    expect(first.failuresByHost).toEqual([{ host: `127.0.0.1:${s.port}`, count: 3 }]);
    expect(s.hits('/flaky.png')).toBe(3);
    const shown = await service.getArticle({ id: idOf(service, 'mixed') });
    expect(shown.imageFailures[s.url('/gone.png')]).toBe('HTTP 404');

    const second = await service.downloadImages(all);
    expect(second.images).toEqual({ downloaded: 1, alreadyLocal: 1, skipped: 2, failed: [] });
    expect(s.hits('/gone.png')).toBe(1);
    expect(s.hits('/ok.png')).toBe(1);
  });

  it('backs off a host that answers 429 and tries again after its Retry-After', async () => {
    const s = await server({
      '/busy.png': (req, res, hit) =>
        hit === 1 ? res.writeHead(429, { 'retry-after': '0' }).end() : serve(PNG, 'image/png')(req, res, hit),
    });
    const service = await library([{ name: 'busy', images: [{ url: s.url('/busy.png') }] }]);
    expect((await service.downloadImages(all)).images.downloaded).toBe(1);
    expect(s.hits('/busy.png')).toBe(2);
  });

  it('downloads one article, or one source, on its own', async () => {
    const s = await server({ '/a.png': serve(PNG, 'image/png'), '/b.jpg': serve(JPEG, 'image/jpeg') });
    const service = await library([
      { name: 'first', source: 'Alpha', images: [{ url: s.url('/a.png') }] },
      { name: 'second', source: 'Beta', images: [{ url: s.url('/b.jpg') }] },
    ]);
    expect((await service.downloadImages({ kind: 'article', id: idOf(service, 'second') })).images.downloaded).toBe(1);
    expect(s.hits('/a.png')).toBe(0);
    const alpha = (await service.getOverview()).sources.find((x) => x.name === 'Alpha');
    const bySource = await service.downloadImages({ kind: 'view', view: { kind: 'source', sourceId: alpha?.id ?? 0 } });
    expect(bySource).toMatchObject({ articles: 1, images: { downloaded: 1 } });
    expect((await service.getImageStorage()).bySource.map((x) => x.name).sort()).toEqual(['Alpha', 'Beta']);
  });

  it('neither downloads nor shows tracking pixels', async () => {
    const pixel = makePng({ width: 1, height: 1 });
    const s = await server({ '/a.png': serve(PNG, 'image/png'), '/p.png': serve(pixel, 'image/png') });
    const folder = tempDir();
    writePictureArticles(folder, [{ name: 'tracked', images: [{ url: s.url('/a.png') }, { url: s.url('/p.png') }] }]);
    const service = await openImageService(tempDir());
    opened.push(service);
    await service.importFolders([folder]);
    const report = await service.downloadImages(all);
    expect(report.images).toMatchObject({ downloaded: 1, skipped: 1 });
    expect((await service.getArticle({ id: idOf(service, 'tracked') })).images).toHaveLength(1);
  });

  it('cancel keeps what was fetched, and running again fetches only the rest', async () => {
    const released: (() => void)[] = [];
    // Every image after the first four waits until the test lets it go.
    const held: Route = (req, res, hit) => {
      const send = () => serve(makePng({ width: 20, height: 20, seed: Number(req.url?.slice(3, -4)) }), 'image/png')(req, res, hit);
      if (Number(req.url?.slice(3, -4)) < 4) send();
      else released.push(send);
    };
    const routes: Record<string, Route> = {};
    for (let i = 0; i < 12; i++) routes[`/i/${i}.png`] = held;
    const s = await server(routes);
    const events: FolioEvent[] = [];
    const service = await library(
      [{ name: 'many', images: Array.from({ length: 12 }, (_, i) => ({ url: s.url(`/i/${i}.png`) })) }],
      events,
    );

    const { jobId } = await service.startImageJob({ scope: all });
    const shown = async () => (await service.getArticle({ id: idOf(service, 'many') })).images.length;
    for (let waited = 0; (await shown()) < 4 && waited < 20_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    expect(await service.cancelImageJob({ jobId })).toEqual({ cancelled: true });
    const finished = await new Promise<ImageJobReport>((resolve) => {
      const check = () => {
        const done = events.find((e) => e.type === 'image-finished');
        if (done?.type === 'image-finished') resolve(done.report);
        else setTimeout(check, 20);
      };
      check();
    });
    for (const send of released.splice(0)) send();
    expect(finished).toMatchObject({ cancelled: true, images: { downloaded: 4 } });
    expect((await service.getArticle({ id: idOf(service, 'many') })).images).toHaveLength(4);

    // Nothing is held the second time.
    for (let i = 4; i < 12; i++)
      routes[`/i/${i}.png`] = (req, res, hit) => serve(makePng({ width: 20, height: 20, seed: i }), 'image/png')(req, res, hit);
    const again = await service.downloadImages(all);
    expect(again.images).toMatchObject({ downloaded: 8, alreadyLocal: 4, failed: [] });
    expect((await service.getArticle({ id: idOf(service, 'many') })).images).toHaveLength(12);
  });

  it('removes downloaded images, per source or all, and cleans up images no article uses', async () => {
    const s = await server({ '/a.png': serve(PNG, 'image/png'), '/b.jpg': serve(JPEG, 'image/jpeg') });
    const service = await library([
      { name: 'first', source: 'Alpha', images: [{ url: s.url('/a.png') }] },
      { name: 'second', source: 'Beta', images: [{ url: s.url('/b.jpg') }, { url: s.url('/a.png') }] },
    ]);
    await service.downloadImages(all);
    const beta = (await service.getOverview()).sources.find((x) => x.name === 'Beta')?.id ?? 0;
    // The PNG is Alpha's too, so only the JPEG goes.
    expect(await service.removeImages({ sourceId: beta })).toEqual({ removed: 1, bytes: JPEG.length });
    expect(existsSync(join(service.library.paths.images, imageRelativePath(`${digest(JPEG)}.jpg`)))).toBe(false);
    expect((await service.getArticle({ id: idOf(service, 'second') })).images.map((i) => i.id)).toEqual([`${digest(PNG)}.png`]);

    expect(await service.removeImages({})).toEqual({ removed: 1, bytes: PNG.length });
    expect((await service.getImageStorage()).downloaded).toEqual({ images: 0, bytes: 0 });
    expect((await service.getArticle({ id: idOf(service, 'first') })).remoteImages).toBe(1);

    // Downloaded again, then the article goes: the cleanup pass removes what nothing refers to.
    await service.downloadImages(all);
    await service.removeArticles({ ids: [idOf(service, 'first'), idOf(service, 'second')] });
    expect(await service.cleanupImages()).toEqual({ removed: 2, bytes: PNG.length + JPEG.length });
    expect(existsSync(join(service.library.paths.images, imageRelativePath(`${digest(PNG)}.png`)))).toBe(false);
  });

  it('downloads the images of an import when asked to, and never otherwise', async () => {
    const s = await server({ '/a.png': serve(PNG, 'image/png') });
    const folder = tempDir();
    writePictureArticles(folder, [{ name: 'fresh', images: [{ url: s.url('/a.png') }] }]);
    const events: FolioEvent[] = [];
    const service = await openImageService(tempDir(), events);
    opened.push(service);
    await service.importFolders([folder]);
    expect(s.hits('/a.png')).toBe(0);

    writePictureArticles(folder, [{ name: 'later', images: [{ url: s.url('/a.png') }] }]);
    await service.startImport({ paths: [folder], downloadImages: true });
    for (let waited = 0; !events.some((e) => e.type === 'image-finished') && waited < 20_000; waited += 20)
      await new Promise((r) => setTimeout(r, 20));
    const finished = events.find((e) => e.type === 'image-finished');
    expect(finished?.type === 'image-finished' && finished.report).toMatchObject({ articles: 1, images: { downloaded: 1 } });
  });

  it('an article re-imported after a change keeps its downloaded images', async () => {
    const s = await server({ '/a.png': serve(PNG, 'image/png') });
    const folder = tempDir();
    writePictureArticles(folder, [{ name: 'edited', images: [{ url: s.url('/a.png') }] }]);
    const service = await openImageService(tempDir());
    opened.push(service);
    await service.importFolders([folder]);
    await service.downloadImages(all);
    writePictureArticles(folder, [{ name: 'edited', images: [{ url: s.url('/a.png'), alt: 'a new caption' }] }]);
    expect((await service.importFolders([folder])).report.updated).toBe(1);
    expect((await service.getArticle({ id: idOf(service, 'edited') })).images).toEqual([
      expect.objectContaining({ alt: 'a new caption', width: 400 }),
    ]);
  });
});
