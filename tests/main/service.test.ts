// The library service end to end on real files: import, list, read, search,
// re-import, state, removal, locking and recovery.
import { cpSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FolioEvent } from '../../src/shared/contract';
import { writeFiles, feedCapture } from '../helpers/article-files';
import { LibraryService } from '../../src/main/service';
import { DatabaseFile } from '../../src/main/store/database-file';
import { libraryMigrations } from '../../src/main/store/migrations/library';
import { closedLibraryWithFeed as feedLibrary } from '../helpers/corpus-library';
import { openService } from '../helpers/open-service';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const FEED = resolve('tests/fixtures/feed-capture');
const all = { kind: 'all' } as const;

const closedLibraryWithFeed = (): Promise<string> => feedLibrary(tempDir);

async function search(service: Awaited<ReturnType<typeof openService>>, query: string) {
  return service.search({ query, view: all, sort: 'relevance', offset: 0, limit: 50 });
}

describe('library service', () => {
  it('imports the founding article and finds it by 普京 with the match highlighted', async () => {
    const events: FolioEvent[] = [];
    const service = await openService(tempDir(), events);
    const { report } = await service.importFolders([FEED]);
    expect(report).toMatchObject({ imported: 2, duplicates: 0, failed: [], articles: 2 });

    const result = await search(service, '普京');
    const hit = result.hits.find((h) => h.title === '习近平访俄甚过当年毛泽东拜会斯大林');
    expect(hit).toMatchObject({ source: 'rfi.fr', date: '2023-03-21T09:45:02.000Z' });
    expect(hit?.highlights.length).toBeGreaterThan(0);
    for (const [a, b] of hit?.highlights ?? []) expect(hit?.snippet?.slice(a, b)).toBe('普京');
    expect(result.hits[0]?.title).toBe('习近平访俄甚过当年毛泽东拜会斯大林'); // more matches, ranked first

    expect((await search(service, '克里姆林宫')).hits.map((h) => h.title)).toEqual(['习近平访俄甚过当年毛泽东拜会斯大林']);
    expect((await search(service, '斯大林格勒')).total).toBe(0);
    const simplified = (await search(service, '习近平')).hits.map((h) => h.id).sort();
    expect((await search(service, '習近平')).hits.map((h) => h.id).sort()).toEqual(simplified);
    expect(simplified).toHaveLength(2);

    expect(events.some((e) => e.type === 'import-progress')).toBe(true);
    expect(events.filter((e) => e.type === 'import-finished')).toHaveLength(1);
    await service.close();
  });

  it('lists articles newest first with sources and counts, and reads one', async () => {
    const service = await openService(tempDir());
    await service.importFolders([FEED]);
    const overview = await service.getOverview();
    expect(overview).toMatchObject({ total: 2, unread: 2, starred: 0 });
    expect(overview.sources.map((s) => [s.name, s.count])).toEqual([
      ['example.org', 1],
      ['rfi.fr', 1],
    ]);
    const page = await service.listArticles({ view: all, sort: 'newest', offset: 0, limit: 10 });
    expect(page.rows.map((r) => r.date)).toEqual(['2023-11-20T12:14:08.000Z', '2023-03-21T09:45:02.000Z']);
    const rfi = overview.sources.find((s) => s.name === 'rfi.fr');
    const bySource = await service.listArticles({ view: { kind: 'source', sourceId: rfi?.id ?? 0 }, sort: 'newest', offset: 0, limit: 10 });
    expect(bySource.rows.map((r) => r.title)).toEqual(['习近平访俄甚过当年毛泽东拜会斯大林']);

    const article = await service.getArticle({ id: bySource.rows[0]?.id ?? 0, highlight: '普京' });
    expect(article.url).toMatch(/^https:\/\/www\.rfi\.fr\/cn\//);
    expect(article.html).toContain('克里姆林宫');
    expect(article.matchCount).toBeGreaterThan(5);
    expect(article.html).toContain('<mark class="folio-hit" data-hit="0">普京</mark>');
    expect(article.remoteImages).toBe(1);
    // Reading is a pure read: nothing remembered, nothing marked.
    expect((await service.getSearchHistory()).queries).toEqual([]);
    expect(article.read).toBe(false);
    await expect(service.getArticle({ id: 999 })).rejects.toMatchObject({ code: 'not-found' });
    await service.close();
  });

  it('builds snippets only for the hits asked for, and the rest on request, the same', async () => {
    const service = await openService(tempDir());
    await service.importFolders([FEED]);
    const full = await service.search({ query: '普京', view: all, sort: 'relevance', offset: 0, limit: 10 });
    const lean = await service.search({ query: '普京', view: all, sort: 'relevance', offset: 0, limit: 10, snippets: 1 });
    expect(lean.total).toBe(full.total);
    expect(lean.hits.map((h) => h.snippet === null)).toEqual([false, true]);
    const { snippets } = await service.getSnippets({ query: '普京', ids: [lean.hits[1]?.id ?? 0] });
    expect(snippets).toEqual([{ id: full.hits[1]?.id, snippet: full.hits[1]?.snippet, highlights: full.hits[1]?.highlights }]);
    await service.close();
  });

  it('opens a search hit in one call: the article marked read, the search remembered, the counts updated', async () => {
    const service = await openService(tempDir());
    await service.importFolders([FEED]);
    const [hit] = (await service.search({ query: '普京', view: all, sort: 'relevance', offset: 0, limit: 1 })).hits;
    const opened = await service.openArticle({ id: hit?.id ?? 0, highlight: '普京', markRead: true });
    expect(opened.article.read).toBe(true);
    expect(opened.article.matchCount).toBeGreaterThan(0);
    expect(opened.overview).toMatchObject({ total: 2, unread: 1 });
    expect((await service.getSearchHistory()).queries).toEqual(['普京']);

    const unread = (await service.listArticles({ view: all, sort: 'newest', offset: 0, limit: 10 })).rows.find((r) => !r.read);
    const browsing = await service.openArticle({ id: unread?.id ?? 0, markRead: false });
    expect(browsing.article.read).toBe(false);
    expect(browsing.overview.unread).toBe(1);
    expect((await service.recordSearch({ query: '  书展 ' })).recorded).toBe(true);
    expect((await service.getSearchHistory()).queries).toEqual(['书展', '普京']);
    await service.close();
  });

  it('keeps saved searches in state.db, renamed and reordered, with counts that follow later imports', async () => {
    const dir = tempDir();
    let service = await openService(dir);
    await service.importFolders([FEED]);
    const putin = await service.saveSearch({ name: 'Putin', query: '普京', view: all });
    expect(putin).toMatchObject({ name: 'Putin', total: 2, unread: 2 });
    const fair = await service.saveSearch({ name: '书展', query: '书展', view: all });
    expect((await service.renameSavedSearch({ id: putin.id, name: '普京 news' })).renamed).toBe(true);
    expect((await service.moveSavedSearch({ id: fair.id, index: 0 })).moved).toBe(true);
    await service.close();

    service = await openService(dir);
    expect((await service.listSavedSearches()).searches.map((s) => [s.name, s.total])).toEqual([
      ['书展', 1],
      ['普京 news', 2],
    ]);
    const more = join(tempDir(), 'more');
    writeFiles(more, { 'p.txt': feedCapture('普京又来了', 'https://example.org/p3', '<p>再一篇。</p>') });
    await service.importFolders([more]);
    expect((await service.listSavedSearches()).searches.find((s) => s.id === putin.id)).toMatchObject({ total: 3, unread: 3 });
    expect((await service.deleteSavedSearch({ id: fair.id })).deleted).toBe(true);
    expect((await service.listSavedSearches()).searches.map((s) => s.name)).toEqual(['普京 news']);
    await service.close();
  });

  it('re-imports an unchanged folder without changing anything', async () => {
    const dir = tempDir();
    const service = await openService(dir);
    await service.importFolders([FEED]);
    const before = await search(service, '普京');
    const libraryDb = join(dir, 'library.db');
    const saved = { bytes: readFileSync(libraryDb), mtimeMs: statSync(libraryDb).mtimeMs };
    const { report } = await service.importFolders([FEED]);
    expect(report).toMatchObject({ imported: 0, updated: 0, unchanged: 2, duplicates: 0, articles: 2 });
    expect(await search(service, '普京')).toMatchObject({ total: before.total });
    // Nothing changed, so nothing was written: a re-import of a large unchanged folder stays quick.
    expect(readFileSync(libraryDb).equals(saved.bytes)).toBe(true);
    expect(statSync(libraryDb).mtimeMs).toBe(saved.mtimeMs);
    await service.close();
  });

  it('re-imports a folder whose files sit beside and below each other, finding exactly the one that changed', async () => {
    const root = tempDir();
    // The walk lists a.txt, then sub/'s files, then z.txt: the folder is left and come back to.
    writeFiles(root, {
      'a.txt': feedCapture('Alpha', 'https://example.com/a', '<p>第一篇文章。</p>'),
      'sub/b.txt': feedCapture('Beta', 'https://example.com/b', '<p>第二篇文章。</p>'),
      'sub/c.txt': feedCapture('Gamma', 'https://example.com/c', '<p>第三篇文章。</p>'),
      'z.txt': feedCapture('Zeta', 'https://example.com/z', '<p>最后一篇。</p>'),
    });
    const service = await openService(tempDir());
    expect((await service.importFolders([root])).report).toMatchObject({ imported: 4 });
    writeFileSync(join(root, 'z.txt'), feedCapture('Zeta, revised', 'https://example.com/z', '<p>改过的最后一篇。</p>'));
    utimesSync(join(root, 'z.txt'), new Date(), new Date(Date.now() + 5000));
    writeFileSync(join(root, 'sub/c.txt'), feedCapture('Gamma, revised', 'https://example.com/c', '<p>改过的第三篇。</p>'));
    utimesSync(join(root, 'sub/c.txt'), new Date(), new Date(Date.now() + 5000));
    expect((await service.importFolders([root])).report).toMatchObject({ imported: 0, updated: 2, unchanged: 2, articles: 4 });
    expect((await search(service, '改过')).hits.map((h) => h.title).sort()).toEqual(['Gamma, revised', 'Zeta, revised']);
    await service.close();
  });

  it('updates a changed file in place, keeping its read and star state, and reports deleted files', async () => {
    const root = tempDir();
    writeFiles(root, {
      'lists/BBC/a.txt': feedCapture('First title', 'https://example.com/a', '<p>原来的内容关于长城。</p>'),
      'lists/BBC/b.txt': feedCapture('Second', 'https://example.com/b', '<p>第二篇文章。</p>'),
    });
    const service = await openService(tempDir());
    await service.importFolders([root]);
    const [first] = (await search(service, '长城')).hits;
    expect(first?.source).toBe('BBC');
    await service.setArticleState({ ids: [first?.id ?? 0], starred: true, read: true });

    writeFileSync(join(root, 'lists/BBC/a.txt'), feedCapture('First title, revised', 'https://example.com/a', '<p>新的内容关于黄河。</p>'));
    utimesSync(join(root, 'lists/BBC/a.txt'), new Date(), new Date(Date.now() + 5000));
    rmSync(join(root, 'lists/BBC/b.txt'));
    const { report } = await service.importFolders([root]);
    expect(report).toMatchObject({ imported: 0, updated: 1, articles: 2 });
    expect(report.missing).toEqual([join(root, 'lists/BBC/b.txt')]);

    expect((await search(service, '长城')).total).toBe(0);
    const [updated] = (await search(service, '黄河')).hits;
    expect(updated).toMatchObject({ id: first?.id, title: 'First title, revised', starred: true, read: true });
    expect((await search(service, '第二篇')).total).toBe(1); // its file is gone, the article stays
    await service.close();
  });

  it('stores the same article found twice once', async () => {
    const root = tempDir();
    const capture = feedCapture('Same story', 'https://example.com/story?utm_source=rss', '<p>同一篇报道。</p>');
    writeFiles(root, { 'one/a.txt': capture, 'two/b.txt': capture.replace('utm_source=rss', 'utm_medium=feed') });
    const service = await openService(tempDir());
    const { report } = await service.importFolders([root]);
    expect(report).toMatchObject({ imported: 1, duplicates: 1, articles: 1 });
    await service.close();
  });

  it('keeps read and star state, settings and history across reopening', async () => {
    const dir = tempDir();
    let service = await openService(dir);
    await service.importFolders([FEED]);
    const ids = (await service.listArticles({ view: all, sort: 'newest', offset: 0, limit: 10 })).rows.map((r) => r.id);
    await service.setArticleState({ ids: [ids[0] ?? 0], starred: true });
    await service.setArticleState({ ids, read: true });
    await service.updateSettings({
      theme: 'dark',
      fontSize: 20,
      downloadNewImages: true,
      imageProxy: 'socks5://127.0.0.1:1080',
      imageReferer: 'none',
    });
    await service.close();

    service = await openService(dir);
    expect(await service.getOverview()).toMatchObject({ unread: 0, starred: 1 });
    const starred = await service.listArticles({ view: { kind: 'starred' }, sort: 'newest', offset: 0, limit: 10 });
    expect(starred.rows.map((r) => r.id)).toEqual([ids[0]]);
    expect(await service.getSettings()).toMatchObject({
      theme: 'dark',
      language: 'system',
      fontSize: 20,
      downloadNewImages: true,
      imageProxy: 'socks5://127.0.0.1:1080',
      imageUserAgent: '',
      imageReferer: 'none',
    });
    await service.close();
  });

  it('removes articles from lists and search', async () => {
    const service = await openService(tempDir());
    await service.importFolders([FEED]);
    const [hit] = (await search(service, '克里姆林宫')).hits;
    expect(await service.removeArticles({ ids: [hit?.id ?? 0] })).toEqual({ removed: 1 });
    expect((await search(service, '克里姆林宫')).total).toBe(0);
    expect(await service.getOverview()).toMatchObject({ total: 1, sources: [{ name: 'example.org' }] });
    await service.close();
  });

  it('keeps both of two removals made at once, after the library is reopened', async () => {
    const dir = tempDir();
    let service = await openService(dir);
    await service.importFolders([FEED]);
    const ids = (await service.listArticles({ view: all, sort: 'newest', offset: 0, limit: 10 })).rows.map((r) => r.id);
    expect(ids).toHaveLength(2);
    // The second removal commits while the first one's library.db is still being compressed.
    await Promise.all(ids.map((id) => service.removeArticles({ ids: [id] })));
    await service.close();

    service = await openService(dir);
    expect((await service.getOverview()).total).toBe(0);
    expect((await search(service, '普京')).total).toBe(0);
    await service.close();
  });

  it('lets only one process write a library, while read-only opens still work', async () => {
    const dir = tempDir();
    const writer = await openService(dir);
    await writer.importFolders([FEED]);
    await expect(openService(dir)).rejects.toMatchObject({ code: 'library-locked' });
    const reader = await openService(dir, [], true);
    expect((await search(reader, '普京')).total).toBe(2);
    await reader.close();
    await writer.close();
    const again = await openService(dir);
    await again.close();
  });

  it('refuses to import a folder that does not exist, and keeps the library', async () => {
    const service = await openService(tempDir());
    await service.importFolders([FEED]);
    await expect(service.importFolders([join(tempDir(), 'nope')])).rejects.toMatchObject({ code: 'folder-missing' });
    expect((await service.getOverview()).total).toBe(2);
    await service.close();
  });

  it('opens the previous good copy when library.db is damaged', async () => {
    const dir = tempDir();
    const root = tempDir();
    cpSync(FEED, root, { recursive: true });
    let service = await openService(dir);
    await service.importFolders([root]); // first commit: .prev does not exist yet
    writeFiles(root, { 'extra.txt': feedCapture('Extra', 'https://example.com/extra', '<p>额外的文章。</p>') });
    await service.importFolders([root]); // second commit: .prev holds the first
    await service.close();
    writeFileSync(join(dir, 'library.db'), 'not a database at all');
    service = await openService(dir);
    expect((await service.getOverview()).total).toBe(2);
    expect((await search(service, '普京')).total).toBe(2);
    // Re-importing the folder brings back what the lost commit held.
    expect((await service.importFolders([root])).report).toMatchObject({ imported: 1, articles: 3 });
    await service.close();
  });
  it('lists a library whose search index is damaged, and says so when a search needs the index', async () => {
    const dir = await closedLibraryWithFeed();
    for (const name of readdirSync(join(dir, 'index'))) truncateSync(join(dir, 'index', name), 100);

    const service = await openService(dir);
    expect((await service.getOverview()).total).toBe(2);
    await expect(search(service, '普京')).rejects.toMatchObject({
      code: 'library-unreadable',
      message: expect.stringMatching(/search index .* is damaged/) as unknown as string,
    });
    await service.close();
  });

  it('opens a library whose library.db an earlier Folio wrote uncompressed, and compresses it at the next commit', async () => {
    const dir = await closedLibraryWithFeed();
    const path = join(dir, 'library.db');
    const { db } = await new DatabaseFile(path, 'library database').open(libraryMigrations);
    writeFileSync(path, db.export()); // plain, as an earlier Folio wrote it
    db.close();
    expect(readFileSync(path).subarray(0, 6).toString()).toBe('SQLite');

    let service = await openService(dir);
    expect((await search(service, '普京')).total).toBe(2);
    const root = tempDir();
    writeFiles(root, { 'extra.txt': feedCapture('Extra', 'https://example.com/extra', '<p>额外的文章。</p>') });
    await service.importFolders([root]);
    await service.close();
    expect([...readFileSync(path).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    service = await openService(dir);
    expect((await service.getOverview()).total).toBe(3);
    await service.close();
  });
});

describe('an import that cannot go on', () => {
  it('reports why it stopped and keeps the library as it was at the last commit', async () => {
    const dir = await closedLibraryWithFeed();
    // A worker file that cannot start stands for any failure in the middle of a job.
    const broken = join(tempDir(), 'broken-worker.mjs');
    writeFileSync(broken, "throw new Error('cannot load');\n");
    const events: FolioEvent[] = [];
    const again = await LibraryService.open({ dir, workerFile: broken, imageUrl: (id) => id, emit: (e) => events.push(e) });
    const root = tempDir();
    writeFiles(root, { 'new.txt': feedCapture('New', 'https://example.com/new', '<p>新文章。</p>') });
    const { report } = await again.importFolders([root]);
    expect(report.error).toMatch(/The import stopped: the import worker cannot start: cannot load/);
    expect(events.some((e) => e.type === 'import-finished' && e.report.error !== null)).toBe(true);
    expect((await again.getOverview()).total).toBe(2);
    await again.close();
  });
});
