// Kill (SIGKILL) a process that is importing or saving, at random moments, many
// times; the library must always open, hold whole articles only, keep every
// completed save, and find every article it holds.
import { describe, expect, it } from 'vitest';
import { openService } from '../helpers/open-service';
import { writeCorpus } from '../helpers/corpus';
import { child, killAtRandom, seeded } from '../helpers/kill-child';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();

describe('crash safety', () => {
  it('an import killed at random points leaves whole, searchable articles, and a later import completes it', async () => {
    const root = tempDir();
    const dir = tempDir();
    const markers = writeCorpus(root, 300);
    const rand = seeded(42);
    const held: number[] = [];
    for (let run = 0; run < 6; run++) {
      const job = child(['import', dir, root]);
      // The job (worker start-up included) takes about 3 s here; kills land anywhere in it. Every
      // other kill waits for a completed commit first, so some land after one however loaded the machine.
      const after = run % 2 === 0 ? 'opened' : 'committed';
      await killAtRandom(job, () => job.lines.includes(after), 3500, rand);
      // Reopening for writing also takes over the dead process's lock and cuts off uncommitted pack bytes.
      const service = await openService(dir);
      const ids = service.library.catalog.page({ kind: 'all' }, true, 0, 10_000).ids;
      held.push(ids.length);
      for (const id of ids) {
        const row = service.library.db.article(id);
        if (!row) throw new Error(`article ${id} has no row`);
        const text = service.library.readText(row.body);
        const marker = /mk\d+x/.exec(text)?.[0] ?? '';
        expect(markers).toContain(marker);
        const found = await service.search({ query: `${marker} `, view: { kind: 'all' }, sort: 'relevance', offset: 0, limit: 5 });
        expect(found.hits.map((h) => h.id)).toEqual([id]);
      }
      await service.close();
    }
    const final = child(['import', dir, root]);
    expect(await final.exited).toBe(0);
    const service = await openService(dir, [], true);
    expect(service.library.catalog.size).toBe(300);
    expect((await service.search({ query: 'mk299x ', view: { kind: 'all' }, sort: 'relevance', offset: 0, limit: 5 })).total).toBe(1);
    await service.close();
    // Some kills must have landed after commits, or the test proved little.
    expect(held.some((n) => n > 0)).toBe(true);
  }, 180_000);

  it('a process killed while saving keeps every save that completed', async () => {
    const root = tempDir();
    const dir = tempDir();
    writeCorpus(root, 2000);
    const setup = await openService(dir);
    await setup.importFolders([root]);
    await setup.close();
    const rand = seeded(7);
    // Every article's state is changed at most once, so a change that was saved but not yet
    // printed when the kill came can never contradict one the test knows about.
    const saved = new Map<number, boolean>();
    let commits = 0;
    for (let run = 0; run < 12; run++) {
      const loop = child(['save-loop', dir, String(run * 160)]);
      await killAtRandom(loop, () => loop.lines.length > 0, 400, rand);
      for (const line of loop.lines) {
        const [kind, a, b] = line.split(' ');
        if (kind === 'state') saved.set(Number(a), b === '1');
        if (kind === 'commit') commits++;
      }
      const service = await openService(dir, [], true);
      expect(service.library.catalog.size).toBe(2000);
      for (const [id, read] of saved) {
        expect(service.library.catalog.isStarred(id), `article ${id} starred`).toBe(true);
        expect(service.library.catalog.isRead(id), `article ${id} read`).toBe(read);
      }
      expect((await service.search({ query: 'mk10x ', view: { kind: 'all' }, sort: 'relevance', offset: 0, limit: 5 })).total).toBe(1);
      await service.close();
    }
    expect(commits).toBeGreaterThan(12);
  }, 180_000);
});
