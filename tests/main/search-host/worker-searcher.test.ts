// The app searches in a worker thread (issue 16): the same answers as in-process,
// from the library.db this process loaded, reading flags and imports reaching it, dates as the source gave them, a search sent
// while it warms waiting instead of failing, and a search that a newer one supersedes stopping.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchResult } from '../../../src/shared/model';
import { LibraryService } from '../../../src/main/service';
import { sqlJs, useSqlWasmFile } from '../../../src/main/store/sql-js';
import { searchArticles } from '../../../src/main/queries/search-articles';
import { SearchStopped } from '../../../src/main/search/query-bounds';
import { feedCapture, writeFiles } from '../../helpers/article-files';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const FIXTURES = resolve('tests/fixtures');
const open: LibraryService[] = [];

afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

async function service(dir: string, searchWorkerFile: string | null): Promise<LibraryService> {
  const s = await LibraryService.open({
    dir,
    workerFile: null,
    searchWorkerFile,
    imageUrl: (id) => id,
    emit: () => undefined,
  });
  open.push(s);
  return s;
}

const query = (q: string) => ({ query: q, view: { kind: 'all' as const }, sort: 'relevance' as const, offset: 0, limit: 20 });

describe('the search worker', () => {
  /** The fixtures imported in-process, the library closed, and what a search for 普京 answered there. */
  async function importedInProcess(): Promise<{ dir: string; expected: SearchResult }> {
    const dir = tempDir();
    const inProcess = await service(dir, null);
    await inProcess.importFolders([FIXTURES]);
    const expected = await inProcess.search(query('普京'));
    await inProcess.close();
    open.splice(0);
    return { dir, expected };
  }

  it('answers as the in-process search does, from its first search on', async () => {
    const { dir, expected } = await importedInProcess();
    const worker = await service(dir, resolve('out/worker/search-worker.mjs'));
    // Sent before anything warmed the index: it waits for the worker to open the library.
    const first = await worker.search(query('普京'));
    expect(first.hits.map((h) => [h.id, h.title, h.snippet])).toEqual(expected.hits.map((h) => [h.id, h.title, h.snippet]));
    expect(first.total).toBe(expected.total);
  });

  it('starts from the reading flags and hidden sources the library was left with (the catalog it is handed)', async () => {
    const dir = tempDir();
    const inProcess = await service(dir, null);
    await inProcess.importFolders([FIXTURES]);
    const all = (await inProcess.search({ ...query('普京'), limit: 50 })).hits;
    expect(all.length).toBeGreaterThan(2);
    await inProcess.setArticleState({ ids: [all[0]!.id], starred: true });
    await inProcess.setArticleState({ ids: [all[1]!.id], read: true });
    const hiddenSource = (await inProcess.getOverview()).sources.find((s) => all.some((h) => h.sourceId === s.id));
    await inProcess.updateSource({ sourceId: hiddenSource!.id, hidden: true });
    const views = [
      { ...query('普京'), limit: 50 },
      { ...query('普京'), limit: 50, view: { kind: 'unread' as const } },
      { ...query('普京 is:starred'), limit: 50 },
    ];
    const expected = await Promise.all(views.map(async (v) => (await inProcess.search(v)).hits.map((h) => h.id)));
    await inProcess.close();
    open.splice(0);
    expect(expected[0]!.length).toBeLessThan(all.length); // the hidden source's articles are out of All

    const worker = await service(dir, resolve('out/worker/search-worker.mjs'));
    for (const [i, v] of views.entries()) expect((await worker.search(v)).hits.map((h) => h.id)).toEqual(expected[i]);
  });

  it('searches the library the window shows, from the copy of library.db this process loaded', async () => {
    const { dir, expected } = await importedInProcess();
    const worker = await service(dir, resolve('out/worker/search-worker.mjs'));
    // Once it is open, library.db can change on disk (another Folio, a sync tool): the worker does
    // not read it again, so its first answer is still about the library this process opened.
    for (const file of ['library.db', 'library.db.prev']) writeFileSync(join(dir, file), 'not a database');
    const first = await worker.search(query('普京'));
    expect(first.hits.map((h) => [h.id, h.title, h.snippet])).toEqual(expected.hits.map((h) => [h.id, h.title, h.snippet]));
    expect((await worker.getOverview()).notices).toEqual([]);
  });

  it('loads sql.js from the file the app names (a packaged app keeps it outside its archive)', async () => {
    const { dir } = await importedInProcess();
    await sqlJs(); // this thread's is loaded: only the worker reads the file named below
    const bundled = createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
    try {
      useSqlWasmFile(join(tempDir(), 'missing', 'sql-wasm.wasm'));
      const broken = await service(dir, resolve('out/worker/search-worker.mjs'));
      await expect(broken.search(query('普京'))).rejects.toThrow(/sql-wasm\.wasm/);
      await broken.close();
      open.splice(0);
      const copy = join(tempDir(), 'sql-wasm.wasm');
      copyFileSync(bundled, copy);
      useSqlWasmFile(copy);
      const working = await service(dir, resolve('out/worker/search-worker.mjs'));
      expect((await working.search(query('普京'))).total).toBeGreaterThan(0);
    } finally {
      useSqlWasmFile(bundled);
    }
  });

  it('sees stars at once, and a later import after its commit', async () => {
    const dir = tempDir();
    const s = await service(dir, resolve('out/worker/search-worker.mjs'));
    await s.importFolders([FIXTURES]);
    const [hit] = (await s.search(query('普京'))).hits;
    expect(hit).toBeDefined();
    await s.setArticleState({ ids: [hit!.id], starred: true });
    expect((await s.search(query('普京 is:starred'))).hits.map((h) => h.id)).toEqual([hit!.id]);

    const more = join(tempDir(), 'more');
    writeFiles(more, { 'new.txt': feedCapture('普京再访北京', 'https://example.org/new', '<p>新的一篇。</p>') });
    await s.importFolders([more]);
    expect((await s.search(query('普京再访'))).hits.map((h) => h.title)).toEqual(['普京再访北京']);
  });

  it('answers from the library an import brought, even when warming it up met a damaged article', async () => {
    const dir = tempDir();
    const s = await service(dir, resolve('out/worker/search-worker.mjs'));
    await s.importFolders([join(FIXTURES, 'feed-capture')]);
    expect((await s.search(query('普京'))).total).toBe(2);
    // Every stored article is damaged; the new one is the newest, so the warm-up's probe search (its
    // headline's first characters, 普京在克) meets a damaged one.
    const packs = join(dir, 'packs');
    const pack = join(packs, readdirSync(packs)[0] as string);
    const bytes = readFileSync(pack);
    for (let at = 20; at < bytes.length; at += 50) bytes[at] = (bytes[at] as number) ^ 0x55;
    writeFileSync(pack, bytes);
    const more = join(tempDir(), 'more');
    writeFiles(more, {
      'new.txt': feedCapture('普京在克里姆林宫见北极熊', 'https://example.org/bear', '<p>北极熊。</p>', 1_900_000_000_000),
    });
    await s.importFolders([more]);
    // Not a search: one waiting would make the reload skip its warm-up. This waits for the reload.
    await s.getSnippets({ query: '北极熊', ids: [] });
    expect((await s.search(query('北极熊'))).hits.map((h) => h.title)).toEqual(['普京在克里姆林宫见北极熊']);
    await expect(s.search(query('普京'))).rejects.toThrow(/stored text is damaged/);
  });

  it('keeps dates as the source gave them: undated articles last, never matched by after: or before:', async () => {
    const s = await service(tempDir(), resolve('out/worker/search-worker.mjs'));
    await s.importFolders([join(FIXTURES, 'archive-repo')]);
    const found = async (q: string) =>
      (await s.search({ ...query(q), sort: 'date', explain: true })).hits.map((h) => [h.title, h.date, h.explain?.recency]);
    const morning = ['港口的清晨', '2024-01-05T07:30:00', '2024-01-05T07:30:00'];
    expect(await found('码头')).toEqual([morning, ['港口笔记', null, null]]);
    expect(await found('码头 after:2023-01-01')).toEqual([morning]);
    expect(await found('码头 before:2030-01-01')).toEqual([morning]);
    // A calendar day is matched on its own day, whatever the zone.
    expect(await found('after:2023-09-02 before:2023-09-03')).toEqual([['夜市翻新后重新开放', '2023-09-02', '2023-09-02']]);
  });

  it('stops a search that a newer one has superseded', async () => {
    const dir = tempDir();
    const s = await service(dir, null);
    await s.importFolders([FIXTURES]);
    expect(() => searchArticles(s.library, query('普京'), () => true)).toThrow(SearchStopped);
    // Also once its hits are found, while their snippets are made (most of a page's time).
    let found = false;
    const hitRows = s.library.db.hitRows.bind(s.library.db);
    vi.spyOn(s.library.db, 'hitRows').mockImplementation((ids) => ((found = true), hitRows(ids)));
    expect(() => searchArticles(s.library, query('普京'), () => found)).toThrow(SearchStopped);
  });

  it('stays open when its warm-up meets a damaged pack, and the damage reaches the main process and the search', async () => {
    const dir = tempDir();
    const inProcess = await service(dir, null);
    await inProcess.importFolders([join(FIXTURES, 'feed-capture')]);
    await inProcess.close();
    open.splice(0);
    const packs = join(dir, 'packs');
    const pack = join(packs, readdirSync(packs)[0] as string);
    const bytes = readFileSync(pack);
    for (let at = 20; at < bytes.length; at += 50) bytes[at] = (bytes[at] as number) ^ 0x55;
    writeFileSync(pack, bytes);

    const s = await service(dir, resolve('out/worker/search-worker.mjs'));
    // Warming searches the newest headline, whose stored text is damaged.
    await expect(s.search(query('普京'))).rejects.toThrow(/stored text is damaged/);
    expect((await s.getOverview()).notices).toEqual([expect.objectContaining({ kind: 'damage', file: 'packs/pack-000001.bin' })]);
  });
});
