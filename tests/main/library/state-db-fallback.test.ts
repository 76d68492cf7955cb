// Reading state is as safe as articles: a damaged state.db falls back to its
// previous copy and says so, a save never rotates a damaged file over a good
// copy, and a cut-short file never loads half its rows.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../helpers/corpus';
import { DAMAGES, damage } from '../../helpers/damage';
import { openService } from '../../helpers/open-service';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const all = { kind: 'all' } as const;

type Service = Awaited<ReturnType<typeof openService>>;

async function starredIds(service: Service): Promise<number[]> {
  const page = await service.listArticles({ view: { kind: 'starred' }, sort: 'newest', offset: 0, limit: 1000 });
  return page.rows.map((r) => r.id).sort((a, b) => a - b);
}

/** A library of 40 articles whose first 25 were starred one at a time (a save each), closed. */
async function twentyFiveStars(): Promise<{ dir: string; ids: number[] }> {
  const root = tempDir();
  writeCorpus(root, 40);
  const dir = tempDir();
  const service = await openService(dir);
  await service.importFolders([root]);
  const ids = (await service.listArticles({ view: all, sort: 'newest', offset: 0, limit: 100 })).rows.map((r) => r.id);
  for (const id of ids.slice(0, 25)) await service.setArticleState({ ids: [id], starred: true });
  await service.close();
  return { dir, ids };
}

describe('a damaged state.db', () => {
  it.each(DAMAGES)('%s: the previous copy is opened (at most the last change is missing) and the fallback is reported', async (how) => {
    const { dir, ids } = await twentyFiveStars();
    damage(join(dir, 'state.db'), how);
    const service = await openService(dir);
    const starred = await starredIds(service);
    expect(starred.length).toBeGreaterThanOrEqual(24);
    for (const id of starred) expect(ids.slice(0, 25)).toContain(id);
    expect((await service.getOverview()).notices).toEqual([
      expect.objectContaining({
        kind: 'fallback',
        file: 'state.db',
        message: expect.stringMatching(/state\.db .*previous copy/) as unknown,
      }),
    ]);
    await service.close();
  });

  it('is never rotated over the good previous copy by the next save', async () => {
    const { dir, ids } = await twentyFiveStars();
    damage(join(dir, 'state.db'), 'empty');
    let service = await openService(dir);
    const kept = await starredIds(service);
    await service.setArticleState({ ids: [ids[30] ?? 0], starred: true });
    await service.close();

    // The save wrote a new state.db and kept the good previous copy: damaging state.db again still finds it.
    damage(join(dir, 'state.db'), 'empty');
    service = await openService(dir);
    expect(await starredIds(service)).toEqual(expect.arrayContaining(kept.slice(0, 24)));
    expect((await starredIds(service)).length).toBeGreaterThanOrEqual(24);
    await service.close();
  });

  it('cut short, never loads part of its rows', async () => {
    const { dir, ids } = await twentyFiveStars();
    let service = await openService(dir);
    // Many rows, so the database spans several pages and a cut keeps some of them.
    await service.setArticleState({ ids, read: true });
    await service.setArticleState({ ids: ids.slice(25), starred: true });
    await service.close();
    damage(join(dir, 'state.db'), 'half-truncated');

    service = await openService(dir);
    const overview = await service.getOverview();
    // Either every change of the last save is there, or none of it: the previous copy, whole.
    expect([0, 40]).toContain(40 - overview.unread);
    expect(overview.notices.map((n) => n.file)).toEqual(['state.db']);
    await service.close();
  });

  it('and its previous copy both damaged: the library opens read-only and says why', async () => {
    const { dir } = await twentyFiveStars();
    damage(join(dir, 'state.db'), 'byte-flipped');
    damage(join(dir, 'state.db.prev'), 'half-truncated');
    const service = await openService(dir);
    const overview = await service.getOverview();
    expect(overview.total).toBe(40);
    expect(overview.notices).toEqual([expect.objectContaining({ kind: 'state-lost', file: 'state.db' })]);
    await expect(service.setArticleState({ ids: [1], starred: true })).rejects.toMatchObject({
      code: 'library-unreadable',
      message: expect.stringMatching(/reading state .*damaged/i) as unknown,
    });
    await service.close();
  });
});
