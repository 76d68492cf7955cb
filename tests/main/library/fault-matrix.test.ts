// The fault-injection matrix: each of library.db, library.db.prev, state.db,
// state.db.prev, a pack and an index segment is made missing, empty, cut in half
// or byte-flipped. Every time the library opens (or refuses with a clear error),
// reports what happened, keeps every article a good copy holds, deletes nothing;
// then repair brings search back and check finds nothing wrong.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../helpers/corpus';
import { DAMAGES, damage, filesUnder, lostFiles } from '../../helpers/damage';
import type { Damage } from '../../helpers/damage';
import { openService } from '../../helpers/open-service';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const all = { kind: 'all' } as const;
type Service = Awaited<ReturnType<typeof openService>>;

const TARGETS = ['library.db', 'library.db.prev', 'state.db', 'state.db.prev', 'pack', 'segment'] as const;
type Target = (typeof TARGETS)[number];

interface Template {
  dir: string;
  /** Marker words of the articles of the first import (every good copy holds them) and of the second. */
  first: string[];
  second: string[];
  /** Articles starred one save at a time: the previous copy of state.db holds all but the last. */
  starred: number[];
}

let template: Template;
const tally = {
  cases: 0,
  opened: 0,
  refused: 0,
  reported: 0,
  articlesKept: 0,
  articlesHeld: 0,
  filesDeleted: 0,
  recovered: 0,
  repaired: 0,
};

const markerHits = async (service: Service, marker: string): Promise<number> =>
  (await service.search({ query: `${marker} `, view: all, sort: 'relevance', offset: 0, limit: 5 })).total;

async function titles(service: Service): Promise<Set<string>> {
  return new Set((await service.listArticles({ view: all, sort: 'newest', offset: 0, limit: 100 })).rows.map((r) => r.title));
}

/** Which file of the library a target names. */
function fileOf(dir: string, target: Target): string {
  if (target === 'pack') return `packs/${readdirSync(join(dir, 'packs')).sort()[0] as string}`;
  if (target === 'segment') return `index/${readdirSync(join(dir, 'index')).sort()[0] as string}`;
  return target;
}

const titleOf = (marker: string): string => `文章 ${marker.slice(2, -1)}`;

/** Shared by every case (copied for each), so kept until all have run. */
const shared = mkdtempSync(join(tmpdir(), 'folio-matrix-'));

beforeAll(async () => {
  const root = join(shared, 'articles');
  const markers = writeCorpus(root, 24);
  const dir = join(shared, 'library');
  const service = await openService(dir);
  // Two imports: library.db.prev then holds the first, library.db both.
  const firstRoot = join(shared, 'first');
  cpSync(join(root, 'src'), join(firstRoot, 'src'), { recursive: true, filter: (path) => !/000(1[6-9]|2[0-3])\.txt$/.test(path) });
  await service.importFolders([firstRoot]);
  await service.importFolders([root]);
  const ids = (await service.listArticles({ view: all, sort: 'newest', offset: 0, limit: 100 })).rows.map((r) => r.id);
  const starred = ids.slice(0, 5);
  for (const id of starred) await service.setArticleState({ ids: [id], starred: true });
  await service.close();
  template = { dir, first: markers.slice(0, 16), second: markers.slice(16), starred };
}, 120_000);

afterAll(() => {
  rmSync(shared, { recursive: true, force: true });
  console.log(
    `fault matrix: ${tally.cases} cases (${TARGETS.length} files × ${DAMAGES.length} damages); ` +
      `opened ${tally.opened}, refused ${tally.refused} with a clear error; ` +
      `damage reported ${tally.reported}/${tally.cases}; articles a good copy holds kept ${tally.articlesKept}/${tally.articlesHeld}; ` +
      `files deleted ${tally.filesDeleted}; damaged articles read again from their files ${tally.recovered}; ` +
      `repaired (search back, check clean) ${tally.repaired}/${tally.cases}`,
  );
});

describe('fault matrix', () => {
  const cases = TARGETS.flatMap((target) => DAMAGES.map((how) => [target, how] as [Target, Damage]));
  it.each(cases)('%s %s', async (target, how) => {
    tally.cases++;
    const dir = tempDir();
    cpSync(template.dir, dir, { recursive: true });
    const file = fileOf(dir, target);
    damage(join(dir, file), how);
    const before = filesUnder(dir);

    let service: Service;
    try {
      service = await openService(dir);
    } catch (error) {
      // Refusing is allowed only with a clear error that keeps everything.
      expect(error).toMatchObject({ code: 'library-unreadable', message: expect.stringMatching(/Nothing was deleted/) as unknown });
      expect(filesUnder(dir)).toEqual(before);
      tally.refused++;
      return;
    }
    tally.opened++;

    // The best good copy: library.db's previous one holds the first import only.
    const held = target === 'library.db' ? template.first : [...template.first, ...template.second];
    const shown = await titles(service);
    const kept = held.filter((m) => shown.has(titleOf(m)));
    tally.articlesHeld += held.length;
    tally.articlesKept += kept.length;
    expect(kept).toEqual(held);
    if (target === 'state.db') {
      const starred = (await service.listArticles({ view: { kind: 'starred' }, sort: 'newest', offset: 0, limit: 100 })).rows.map(
        (r) => r.id,
      );
      expect(starred).toEqual(expect.arrayContaining(template.starred.slice(0, 4)));
    }

    const notices = (await service.getOverview()).notices;
    const check = await service.checkLibrary();
    const reported = notices.some((n) => n.file === file) || check.problems.some((p) => p.file === file);
    if (reported) tally.reported++;
    expect(reported, `${file} ${how}: reported`).toBe(true);
    expect(check.ok).toBe(false);
    await service.close();

    const deleted = lostFiles(before, filesUnder(dir));
    tally.filesDeleted += deleted.length;
    expect(deleted).toEqual([]);

    const repairing = await openService(dir);
    const report = await repairing.repairLibrary();
    expect(report).toMatchObject({ articles: held.length, lost: [], indexRebuilt: true });
    // Damaged articles come back from their files.
    if (target === 'pack') expect(report.recovered).toBeGreaterThan(0);
    tally.recovered += report.recovered;
    await repairing.close();

    const repaired = await openService(dir);
    expect((await repaired.getOverview()).notices).toEqual([]);
    for (const marker of held) expect(await markerHits(repaired, marker), `${marker} found after repair`).toBe(1);
    expect(await repaired.checkLibrary()).toEqual({ ok: true, problems: [] });
    await repaired.close();
    // Packs and images are never cut, not even by repair.
    expect(lostFiles(before, filesUnder(dir)).filter((f) => f.startsWith('packs/') || f.startsWith('images/'))).toEqual([]);
    tally.repaired++;
  });
});
