// Issue 15: an English word also finds its inflections (vaccine ~ vaccines,
// report ~ reported), the form typed ranks first, a quoted word stays exact, and
// the inflections are what the snippet highlights. Issue 10: a query's cost is bounded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryService } from '../../../src/main/service';
import { feedCapture, writeFiles } from '../../helpers/article-files';
import { openService } from '../../helpers/open-service';

describe('English words as people search them', () => {
  let dir: string;
  let root: string;
  let service: LibraryService;
  const search = (query: string) =>
    service.search({ query, view: { kind: 'all' }, sort: 'relevance', offset: 0, limit: 20, explain: true });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'folio-words-lib-'));
    root = mkdtempSync(join(tmpdir(), 'folio-words-src-'));
    writeFiles(root, {
      'a.txt': feedCapture(
        'Clinics run short',
        'https://example.org/a',
        '<p>New vaccines arrive in spring, officials reported on Monday.</p>',
        1_700_000_000_000,
      ),
      'b.txt': feedCapture(
        'A quiet winter',
        'https://example.org/b',
        '<p>The vaccine is free; the report is due in May.</p>',
        1_600_000_000_000,
      ),
      'c.txt': feedCapture('Harbour news', 'https://example.org/c', '<p>Ships, ports and cranes.</p>', 1_650_000_000_000),
    });
    service = await openService(dir);
    await service.importFolders([root]);
  }, 60_000);

  afterAll(async () => {
    await service.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  });

  it('finds the inflections of a word, the form typed first', async () => {
    const { hits } = await search('vaccine ');
    expect(hits.map((h) => h.title)).toEqual(['A quiet winter', 'Clinics run short']);
    expect((await search('reported ')).hits.map((h) => h.title).sort()).toEqual(['A quiet winter', 'Clinics run short']);
  });

  it('highlights the inflected form in the snippet', async () => {
    const hit = (await search('vaccine ')).hits.find((h) => h.title === 'Clinics run short');
    const marked = hit?.highlights.map(([a, b]) => hit.snippet?.slice(a, b));
    expect(marked).toEqual(['vaccines']);
  });

  it('keeps a quoted word exact', async () => {
    expect((await search('"vaccine"')).hits.map((h) => h.title)).toEqual(['A quiet winter']);
  });

  it('explains a score by its parts', async () => {
    const hit = (await search('vaccine ')).hits[0];
    expect(hit?.explain?.bm25Body).toBeGreaterThan(0);
    expect(hit?.explain?.bm25Title).toBe(0);
    expect(hit?.explain?.recency).toBe(new Date(1_600_000_000_000).toISOString());
  });

  it('suggests the word the library uses for a misspelt one, and headlines that hold the query', async () => {
    const missed = await search('Vacine ');
    expect(missed.total).toBe(0);
    expect(missed.didYouMean).toBe('vaccine ');
    expect((await search('vaccine ')).didYouMean).toBeNull();
    const winter = await search('quiet wint');
    expect(winter.headlines).toEqual([winter.hits[0]?.id]);
    expect(winter.hits[0]?.title).toBe('A quiet winter');
  });

  it('searches at most 16 terms and says so', async () => {
    const words = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');
    const { query } = await search(`${words} `);
    expect(query.warnings).toContain('Searched the first 16 terms only; 14 more were left out.');
  });

  it('cuts an over-long query with a warning instead of refusing it', async () => {
    const { query } = await service.search({
      query: `vaccine ${'x'.repeat(600)}`,
      view: { kind: 'all' },
      sort: 'relevance',
      offset: 0,
      limit: 5,
    });
    expect(query.warnings).toContain('The query was cut to its first 500 characters.');
  });
});
