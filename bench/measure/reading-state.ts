// Reading state as a user leaves it (about 30 % read, a few starred), and the
// cost of persisting one more change or the library database after an import.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LibraryService } from '../../src/main/service';
import { articleIds } from './article-ids';
import { maximum, median } from './percentiles';

export interface SaveFigures {
  /** Median of single-star changes, each awaited until state.db is durably saved. */
  starMs: number;
  starMaxMs: number;
  /** Importing one new article into the library, saved: what a small import costs, library.db's rewrite being most of it. */
  afterImportMs: number;
  readArticles: number;
  starredArticles: number;
  /** The one call that marked readArticles read (saved included). */
  markReadMs: number;
}

const STAR_RUNS = 5;
const COMMIT_RUNS = 3;

async function timed(work: () => Promise<unknown> | void): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const round = (ms: number): number => Math.round(ms * 100) / 100;

/** Marks every id ending in 0–2 read (30 %) and one in a hundred starred: deterministic, spread over sources and dates. */
export async function prepareReadingState(
  service: LibraryService,
): Promise<Pick<SaveFigures, 'readArticles' | 'starredArticles' | 'markReadMs'>> {
  const ids = articleIds(service);
  const read = ids.filter((id) => id % 10 < 3);
  const starred = ids.filter((id) => id % 100 === 50);
  const markReadMs = read.length > 0 ? await timed(() => service.setArticleState({ ids: read, read: true })) : 0;
  if (starred.length > 0) await service.setArticleState({ ids: starred, starred: true });
  return { readArticles: read.length, starredArticles: starred.length, markReadMs: round(markReadMs) };
}

export async function timeSaves(service: LibraryService): Promise<Pick<SaveFigures, 'starMs' | 'starMaxMs' | 'afterImportMs'>> {
  const candidates = articleIds(service).filter((id) => !service.library.catalog.isStarred(id));
  const star: number[] = [];
  for (const id of candidates.slice(0, STAR_RUNS)) star.push(await timed(() => service.setArticleState({ ids: [id], starred: true })));
  if (star.length === 0) throw new Error('no article to star: the library is empty');
  const commit: number[] = [];
  for (let i = 0; i < COMMIT_RUNS; i++) {
    // A new article each time, so the import has something to store and commit.
    const folder = mkdtempSync(join(tmpdir(), 'folio-bench-save-'));
    writeFileSync(
      join(folder, 'new.txt'),
      `<!--${Date.now()}-->\n[Bench save ${i}](https://example.org/bench-save/${Date.now()}-${i})\n------\n\n<p>一篇新文章 ${i}。</p>\n`,
    );
    try {
      commit.push(await timed(() => service.importFolders([folder])));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  return { starMs: round(median(star)), starMaxMs: round(maximum(star)), afterImportMs: round(median(commit)) };
}
