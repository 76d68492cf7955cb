// A whole benchmark run on a tiny corpus, through the built CLI (kept current by
// tests/global-setup.ts) and bench/run.ts as `npm run bench` starts it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUERIES } from '../../bench/queries';
import type { BenchResult } from '../../bench/result';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();

function expectNumber(value: unknown, where: string): void {
  expect(typeof value, where).toBe('number');
  expect(Number.isFinite(value), where).toBe(true);
}

describe('npm run bench', () => {
  it('runs end to end on 200 articles and writes every figure as JSON', { timeout: 300_000 }, () => {
    const work = tempDir();
    const json = join(work, 'out.json');
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/run.ts',
        '--articles',
        '200',
        '--runs',
        '3',
        '--paint-runs',
        '1',
        '--images',
        '40',
        '--work',
        work,
        '--json',
        json,
      ],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      },
    );
    expect(run.stderr).not.toContain('bench:');
    expect(run.status).toBe(0);
    expect(existsSync(join(work, 'corpus-realistic-200-1.json'))).toBe(true);
    expect(run.stdout).toContain('profile: realistic');

    const r = JSON.parse(readFileSync(json, 'utf8')) as BenchResult;
    const shape: Record<string, string[]> = {
      corpus: ['articles', 'chars', 'bytes'],
      import: ['seconds', 'articlesPerSec', 'charsPerSec', 'filesMBPerSec', 'peakRssMB'],
      reimport: ['seconds', 'speedup'],
      reimportInApp: ['firstSeconds', 'reimportSeconds', 'speedup'],
      library: ['diskBytes', 'textBytes', 'rssAfterOpenMB', 'openSeconds'],
      search: ['p95Ms', 'ripgrepMedianMs', 'ratioVsRipgrep'],
      save: ['starMs', 'afterImportMs'],
      imageFetch: ['seconds', 'imagesPerSec', 'mbPerSec', 'peakRssMB'],
    };
    for (const [section, fields] of Object.entries(shape)) {
      for (const field of fields)
        expectNumber((r as unknown as Record<string, Record<string, unknown>>)[section]?.[field], `${section}.${field}`);
    }
    expect(r.search.queries.map((q) => q.q)).toEqual(QUERIES.map((q) => q.q));
    for (const q of r.search.queries)
      for (const field of ['hits', 'p50Ms', 'p95Ms', 'maxMs', 'ripgrepMs'] as const) expectNumber(q[field], `${q.q} ${field}`);

    // The figures describe what happened: every article imported once, nothing re-read, search finds what was planted.
    expect(r.profile).toBe('realistic');
    expect(r.corpus.shape?.articles).toBe(200);
    expect(r.corpus.articles).toBe(200);
    expect(r.import.imported).toBeGreaterThanOrEqual(200);
    expect(r.library.articles).toBe(r.import.imported);
    expect(r.reimport.unchanged).toBeGreaterThanOrEqual(r.import.imported);
    expect(r.reimportInApp.articles).toBe(r.import.imported);
    expect(r.reimportInApp.unchanged).toBeGreaterThanOrEqual(r.reimportInApp.articles);
    expect(r.library.diskBytes).toBeGreaterThan(0);
    expect(r.imageFetch).toMatchObject({ images: 40, downloaded: 40, failed: 0 });
    const hits = new Map(r.search.queries.map((q) => [q.q, q.hits]));
    expect(hits.get('鹦鹉螺')).toBe(1);
    expect(hits.get('習近平')).toBe(hits.get('习近平'));
    expect(hits.get('经济')).toBeGreaterThan(40);

    // Search as a reader meets it: headlines found by their openings, and the app's search timed in the worker and in Chromium.
    expect(r.knownItems.queries).toBeGreaterThan(20);
    expect(r.knownItems.successAt1).toBeGreaterThan(0.9);
    for (const field of ['listMs', 'firstMs', 'warmMs'] as const) expectNumber(r.firstSearch?.[field], `firstSearch.${field}`);
    for (const field of ['firstMs', 'p50Ms', 'p95Ms'] as const) expectNumber(r.searchToPaint?.[field], `searchToPaint.${field}`);
    expect(r.searchToPaint?.samples).toBe(9);

    expect(r.checks).toHaveLength(17);
    for (const check of r.checks) expect(typeof check.pass, check.name).toBe('boolean');
    const labels = [
      'articles/s',
      'MB/s of files',
      'peak RSS',
      'corpus shape',
      're-import',
      'library on disk',
      'open to first article list',
    ];
    for (const label of [...labels, 'search top 50', 'ripgrep', 'star persisted', 'success@1', 'keystroke to painted results']) {
      expect(run.stdout).toContain(label);
    }
    expect(run.stdout).toMatch(/(PASS|MISS)\n/);
  });
});
