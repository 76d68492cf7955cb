// The built `folio` command's help, paging through a library larger than any one
// page, and the FOLIO_LIBRARY environment variable.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticlePage, ArticleSummary } from '../../../src/shared/model';
import { feedCapture, writeFiles } from '../../helpers/article-files';
import { folio, folioWithEnv, json } from '../../helpers/folio-cli';
import { openService } from '../../helpers/open-service';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('folio help', () => {
  it('prints the usage of every command on stdout and exits 0, for --help, -h and help', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const run = folio(...args);
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.err).toBe('');
      for (const command of ['import', 'search', 'show', 'list', 'stats']) expect(run.out).toContain(`folio ${command} `);
      expect(run.out).toContain('FOLIO_LIBRARY');
    }
  });

  it("prints one command's options for help <command> and <command> --help", () => {
    for (const args of [
      ['help', 'list'],
      ['list', '--help'],
    ]) {
      const run = folio(...args);
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.out).toMatch(/^Usage: folio list /);
      expect(run.out).toContain('--all');
      expect(run.out).toContain('--offset N');
      expect(run.out).not.toContain('folio search');
    }
    expect(folio('help', 'search').out).toContain('--sort');
  });

  it('says so when asked about a command that does not exist', () => {
    const run = folio('help', 'frobnicate');
    expect(run.code).toBe(2);
    expect(run.err).toContain('There is no command "frobnicate"');
  });
});

describe('folio list on a library larger than a page', () => {
  // More than LIMITS.listPage (500) and more than the 1,000 the command once stopped at.
  const ARTICLES = 1050;
  let library = '';
  let dirs: string[] = [];

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'folio-list-'));
    library = mkdtempSync(join(tmpdir(), 'folio-list-lib-'));
    dirs = [folder, library];
    const files: Record<string, string> = {};
    for (let i = 0; i < ARTICLES; i++) {
      files[`a${i}.txt`] = feedCapture(`Article ${i}`, `https://example.org/${i}`, `Text number ${i}.`, 1_600_000_000_000 + i * 60_000);
    }
    writeFiles(folder, files);
    const service = await openService(library);
    await service.importFolders([folder]);
    await service.close();
  });

  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('--all streams every article as JSON lines, newest first', () => {
    const run = folio('list', '--all', '--json', '--library', library);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const rows = run.out
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as ArticleSummary);
    expect(rows).toHaveLength(ARTICLES);
    expect(new Set(rows.map((r) => r.id)).size).toBe(ARTICLES);
    expect(rows[0]?.title).toBe(`Article ${ARTICLES - 1}`);
    expect(rows.at(-1)?.title).toBe('Article 0');
  });

  it('--all without --json prints one line per article', () => {
    const lines = folio('list', '--all', '--library', library).out.trimEnd().split('\n');
    expect(lines).toHaveLength(ARTICLES);
    expect(lines.at(-1)).toMatch(/^\[\d+\] \d{4}-\d\d-\d\d example\.org · Article 0$/);
  });

  it('--offset and --limit page through the whole library, across the service page size', () => {
    const last = json<ArticlePage>(folio('list', '--offset', '1000', '--limit', '100', '--json', '--library', library));
    expect(last).toMatchObject({ total: ARTICLES, offset: 1000 });
    expect(last.rows.map((r) => r.title)).toEqual(Array.from({ length: 50 }, (_, k) => `Article ${49 - k}`));
    const wide = json<ArticlePage>(folio('list', '--offset', '400', '--limit', '1000', '--json', '--library', library));
    expect(wide.rows).toHaveLength(ARTICLES - 400);
    expect(wide.rows[0]?.title).toBe(`Article ${ARTICLES - 401}`);
  });

  it('refuses --all together with --limit or --offset, and bad numbers', () => {
    const both = folio('list', '--all', '--limit', '5', '--library', library);
    expect(both.code).toBe(2);
    expect(both.err).toContain('--all prints every article');
    const negative = folio('list', '--offset', 'ten', '--library', library);
    expect(negative.code).toBe(2);
    expect(negative.err).toContain('--offset takes a whole number');
  });
});

describe('FOLIO_LIBRARY', () => {
  it('names the library when --library is not given, and --library wins over it', async () => {
    const library = tempDir();
    const service = await openService(library);
    await service.importFolders([join(process.cwd(), 'tests/fixtures/feed-capture')]);
    await service.close();
    expect(json<{ articles: number }>(folioWithEnv({ FOLIO_LIBRARY: library }, 'stats', '--json')).articles).toBe(2);
    const elsewhere = folioWithEnv({ FOLIO_LIBRARY: library }, 'stats', '--json', '--library', join(tempDir(), 'none'));
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.err).toContain('No Folio library at');
  });
});
