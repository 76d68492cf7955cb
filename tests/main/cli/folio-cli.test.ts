// The built `folio` command on real folders: its JSON, and errors a person can act on.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openService } from '../../helpers/open-service';
import { folio, json } from '../../helpers/folio-cli';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const FEED = resolve('tests/fixtures/feed-capture');

interface Hit {
  id: number;
  title: string;
  source: string;
  date: string;
  url: string;
  path: string;
  snippet: string;
  highlights: [number, number][];
}

describe('folio (the built CLI)', () => {
  it('imports the founding article, finds it by 普京 with the match highlighted, and shows it', () => {
    const library = tempDir();
    const report = json<Record<string, unknown>>(folio('import', FEED, '--library', library, '--json'));
    expect(report).toMatchObject({ imported: 2, updated: 0, unchanged: 0, duplicates: 0, skipped: [], failed: [], articles: 2 });

    const result = json<{ total: number; hits: Hit[] }>(folio('search', '普京', '--library', library, '--json'));
    const hit = result.hits.find((h) => h.title === '习近平访俄甚过当年毛泽东拜会斯大林');
    expect(hit).toMatchObject({ source: 'rfi.fr', date: '2023-03-21T09:45:02.000Z', path: join(FEED, '000_d6c3dc65d2877456.txt') });
    expect(hit?.url).toMatch(/^https:\/\/www\.rfi\.fr\/cn\//);
    expect(hit?.highlights.length).toBeGreaterThan(0);
    for (const [a, b] of hit?.highlights ?? []) expect(hit?.snippet.slice(a, b)).toBe('普京');

    expect(json<{ hits: Hit[] }>(folio('search', '克里姆林宫', '--library', library, '--json')).hits.map((h) => h.title)).toEqual([
      '习近平访俄甚过当年毛泽东拜会斯大林',
    ]);
    expect(json<{ total: number }>(folio('search', '斯大林格勒', '--library', library, '--json')).total).toBe(0);
    // In words, counted as a person would say it.
    expect(folio('search', '克里姆林宫', '--library', library).out).toMatch(/^1 result\n/);
    expect(folio('search', '斯大林格勒', '--library', library).out).toMatch(/^0 results\n/);

    const shown = json<{ title: string; text: string; html: string }>(folio('show', String(hit?.id), '--library', library, '--json'));
    expect(shown.title).toBe('习近平访俄甚过当年毛泽东拜会斯大林');
    expect(shown.text).toContain('克里姆林宫低调回应称');
    expect(shown.html).toContain('<p>');

    const stats = json<{ articles: number; sources: { name: string; count: number }[]; dbBytes: number }>(
      folio('stats', '--library', library, '--json'),
    );
    expect(stats.articles).toBe(2);
    expect(stats.sources.map((s) => s.name).sort()).toEqual(['example.org', 'rfi.fr']);
    expect(stats.dbBytes).toBeGreaterThan(0);

    // Re-importing the same folder adds nothing.
    expect(json<Record<string, unknown>>(folio('import', FEED, '--library', library, '--json'))).toMatchObject({
      imported: 0,
      unchanged: 2,
      articles: 2,
    });
  });

  it('sorts by date and takes the query language', () => {
    const library = tempDir();
    json(folio('import', FEED, '--library', library, '--json'));
    const byDate = json<{ hits: Hit[] }>(folio('search', '普京', '--sort', 'date', '--library', library, '--json'));
    expect(byDate.hits.map((h) => h.date)).toEqual(['2023-11-20T12:14:08.000Z', '2023-03-21T09:45:02.000Z']);
    expect(json<{ hits: Hit[] }>(folio('search', '普京 source:rfi.fr', '--library', library, '--json')).hits.map((h) => h.source)).toEqual([
      'rfi.fr',
    ]);
    expect(json<{ total: number }>(folio('search', '普京 -书展', '--library', library, '--json')).total).toBe(1);
    const odd = json<{ total: number; warnings: string[] }>(folio('search', '"普京', '--library', library, '--json'));
    expect(odd.total).toBe(2);
    expect(odd.warnings.length).toBeGreaterThan(0);
  });

  it('explains the score of each hit by its parts with --explain', () => {
    const library = tempDir();
    json(folio('import', FEED, '--library', library, '--json'));
    type Explained = Hit & {
      score: number;
      explain: { bm25Title: number; bm25Body: number; titlePhrase: number; proximity: number; recency: string };
    };
    const { hits } = json<{ hits: Explained[] }>(folio('search', '普京', '--explain', '--library', library, '--json'));
    for (const h of hits) {
      const { bm25Title, bm25Body, titlePhrase, proximity } = h.explain;
      expect(bm25Title + bm25Body + titlePhrase + proximity).toBeCloseTo(h.score, 2);
      expect(h.explain.recency).toBe(h.date);
    }
    const text = folio('search', '普京', '--explain', '--library', library).out;
    expect(text).toMatch(/score [\d.]+ = title phrase [\d.]+ \+ proximity [\d.]+ \+ BM25F title [\d.]+ \+ body [\d.]+; ties by date 20/);
  });

  it('says what is wrong, on stderr, with a non-zero exit code', () => {
    const library = tempDir();
    const missing = join(tempDir(), 'no-such-folder');
    const noFolder = folio('import', missing, '--library', library, '--json');
    expect(noFolder.code).toBe(1);
    expect(noFolder.err).toContain(`No folder at ${missing}`);
    expect(noFolder.out).toBe('');

    const usage = folio('search', '普京');
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/--library DIR/);

    const empty = folio('search', '普京', '--library', join(tempDir(), 'nothing-here'));
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/No Folio library at .*Import a folder into it first/);

    const broken = tempDir();
    writeFileSync(join(broken, 'library.db'), 'this is not a database');
    const unreadable = folio('stats', '--library', broken, '--json');
    expect(unreadable.code).toBe(1);
    expect(unreadable.err).toMatch(/damaged and there is no previous copy/);
  });

  it('refuses to import into a library another process is writing, and still searches it', async () => {
    const library = tempDir();
    const writer = await openService(library);
    await writer.importFolders([FEED]);
    try {
      const locked = folio('import', FEED, '--library', library, '--json');
      expect(locked.code).toBe(1);
      expect(locked.err).toMatch(/in use by another Folio process \(pid \d+\)/);
      expect(json<{ total: number }>(folio('search', '普京', '--library', library, '--json')).total).toBe(2);
    } finally {
      await writer.close();
    }
  });
});
