// `folio check` and `folio repair` on the built CLI, and how damage found on
// opening shows on the command line: a warning on stderr and a non-zero exit.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { damage } from '../../helpers/damage';
import { folio } from '../../helpers/folio-cli';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const FEED = resolve('tests/fixtures/feed-capture');

function imported(): string {
  const library = tempDir();
  expect(folio('import', FEED, '--library', library, '--json').code).toBe(0);
  return library;
}

const first = (dir: string): string => join(dir, readdirSync(dir).sort()[0] as string);

describe('folio check and folio repair', () => {
  it('check says a healthy library is whole', () => {
    const library = imported();
    const run = folio('check', '--library', library, '--json');
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(run.out)).toEqual({ ok: true, problems: [] });
    expect(folio('check', '--library', library).out).toMatch(/No damage found/);
  });

  it('check names damaged packs and segments, search says so without a stack trace, repair brings search back', () => {
    const library = imported();
    damage(first(join(library, 'packs')), 'byte-flipped');
    damage(first(join(library, 'index')), 'missing');

    const check = folio('check', '--library', library, '--json');
    expect(check.code).toBe(1);
    expect(check.err).toMatch(/2 damaged files\. Run folio repair/);
    const found = JSON.parse(check.out) as { ok: boolean; problems: { file: string; kind: string }[] };
    expect(found.ok).toBe(false);
    expect(found.problems.map((p) => [p.file, p.kind]).sort()).toEqual([
      ['index/seg-000001.idx', 'missing'],
      ['packs/pack-000001.bin', 'damaged'],
    ]);

    const search = folio('search', '普京', '--library', library, '--json');
    expect(search.code).toBe(1);
    expect(search.err).toMatch(/^folio: The search index .* is damaged.*folio repair/);
    expect(search.err).not.toMatch(/unexpected error| {4}at /);

    const repair = folio('repair', '--library', library, '--json');
    expect(repair).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(repair.out)).toEqual({ articles: 2, recovered: 1, lost: [], indexRebuilt: true });
    expect(JSON.parse(folio('search', '普京', '--library', library, '--json').out)).toMatchObject({ total: 2 });
    expect(JSON.parse(folio('check', '--library', library, '--json').out)).toEqual({ ok: true, problems: [] });
  });

  it('a command on a library whose library.db fell back warns on stderr and exits 1; after repair it does not', () => {
    const library = imported();
    damage(join(library, 'library.db'), 'half-truncated');
    const stats = folio('stats', '--library', library, '--json');
    expect(stats.code).toBe(1);
    expect(JSON.parse(stats.out)).toMatchObject({ articles: 2 });
    expect(stats.err).toMatch(/^folio: warning: library\.db is cut short; its previous copy, saved .*, was opened instead/);

    expect(folio('repair', '--library', library).code).toBe(0);
    expect(folio('stats', '--library', library, '--json')).toMatchObject({ code: 0, err: '' });
  });

  it('check reports both databases when library.db and its previous copy are damaged', () => {
    const library = imported();
    damage(join(library, 'library.db'), 'byte-flipped');
    damage(join(library, 'library.db.prev'), 'missing');
    const check = folio('check', '--library', library, '--json');
    expect(check.code).toBe(1);
    expect((JSON.parse(check.out) as { problems: { file: string; kind: string }[] }).problems.map((p) => [p.file, p.kind])).toEqual([
      ['library.db', 'damaged'],
      ['library.db.prev', 'missing'],
    ]);
  });
});
