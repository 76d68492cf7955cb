// Repair re-reads damaged articles from their files, says which could not be
// recovered and why, rebuilds the index, and lifts the read-only state a lost
// state.db left; afterwards check finds nothing wrong.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusLibrary } from '../../helpers/corpus-library';
import { damage } from '../../helpers/damage';
import { openService } from '../../helpers/open-service';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const all = { kind: 'all' } as const;
type Service = Awaited<ReturnType<typeof openService>>;
const hits = async (service: Service, query: string): Promise<number> =>
  (await service.search({ query: `${query} `, view: all, sort: 'relevance', offset: 0, limit: 50 })).total;

const library = (n: number) => corpusLibrary(tempDir, n);

describe('repair', () => {
  it('on a healthy library changes nothing a reader sees', async () => {
    const { dir, markers } = await library(6);
    const service = await openService(dir);
    expect(await service.checkLibrary()).toEqual({ ok: true, problems: [] });
    expect(await service.repairLibrary()).toEqual({ articles: 6, recovered: 0, lost: [], indexRebuilt: true });
    for (const m of markers) expect(await hits(service, m)).toBe(1);
    await service.close();
  });

  it('names each article it could not recover (its file is gone) and brings back the others', async () => {
    const { dir, root, markers } = await library(8);
    rmSync(join(root, 'src/00003.txt'));
    damage(join(dir, 'packs', readdirSync(join(dir, 'packs'))[0] as string), 'missing');

    const service = await openService(dir);
    const check = await service.checkLibrary();
    expect(check).toMatchObject({ ok: false, problems: [{ file: 'packs/pack-000001.bin', kind: 'missing' }] });
    const report = await service.repairLibrary();
    expect(report).toMatchObject({ articles: 7, recovered: 7, indexRebuilt: true });
    expect(report.lost).toEqual([
      { id: expect.any(Number) as unknown, title: '文章 3', reason: expect.stringMatching(/damaged.*00003\.txt is gone/) as unknown },
    ]);
    for (const [i, m] of markers.entries()) expect(await hits(service, m)).toBe(i === 3 ? 0 : 1);
    const page = await service.listArticles({ view: all, sort: 'newest', offset: 0, limit: 20 });
    const article = await service.getArticle({ id: page.rows[0]?.id ?? 0 });
    expect(article.html).toContain('mk');
    expect(await service.checkLibrary()).toEqual({ ok: true, problems: [] });
    expect((await service.getOverview()).notices).toEqual([]);
    await service.close();
  });

  it('starts a lost reading state afresh and makes the library writable again', async () => {
    const { dir } = await library(4);
    let service = await openService(dir);
    const ids = (await service.listArticles({ view: all, sort: 'newest', offset: 0, limit: 10 })).rows.map((r) => r.id);
    await service.setArticleState({ ids: [ids[0] ?? 0], starred: true });
    await service.setArticleState({ ids: [ids[1] ?? 0], starred: true });
    await service.close();
    damage(join(dir, 'state.db'), 'byte-flipped');
    damage(join(dir, 'state.db.prev'), 'empty');

    service = await openService(dir);
    await expect(service.setArticleState({ ids: [ids[2] ?? 0], starred: true })).rejects.toMatchObject({ code: 'library-unreadable' });
    expect(await service.repairLibrary()).toMatchObject({ articles: 4, lost: [] });
    expect(await service.setArticleState({ ids: [ids[2] ?? 0], starred: true })).toEqual({ changed: 1 });
    await service.close();

    service = await openService(dir);
    expect(await service.getOverview()).toMatchObject({ starred: 1, notices: [] });
    expect(await service.checkLibrary()).toEqual({ ok: true, problems: [] });
    await service.close();
  });

  it('is refused while an import runs', async () => {
    const { dir, root } = await library(3);
    const service = await openService(dir);
    const started = service.importFolders([root]);
    await expect(service.repairLibrary()).rejects.toMatchObject({ code: 'import-running' });
    await started;
    await service.close();
  });
});
