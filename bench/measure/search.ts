// Search as the app runs it: the library service in this process, top 50 ranked
// hits with snippets and highlights for the first SNIPPET_ROWS (a screenful: the
// app asks for the others' snippets as they scroll into view), timed around the whole call.
import type { LibraryService } from '../../src/main/service';
import type { BenchQuery } from '../queries';
import { maximum, percentile } from './percentiles';

export interface QueryTiming {
  q: string;
  kind: string;
  hits: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface SearchFigures {
  queries: QueryTiming[];
  /** Over every timed call of every query. */
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  runsPerQuery: number;
}

// Enough for V8 to finish optimising the search path, so the figures are the steady state of a running app.
const WARM_UP_RUNS = 10;
const round = (ms: number): number => Math.round(ms * 100) / 100;
export const SNIPPET_ROWS = 16;

async function searchOnce(service: LibraryService, q: string): Promise<{ ms: number; total: number }> {
  const started = performance.now();
  const result = await service.search({ query: q, view: { kind: 'all' }, sort: 'relevance', offset: 0, limit: 50, snippets: SNIPPET_ROWS });
  return { ms: performance.now() - started, total: result.total };
}

export async function timeSearches(service: LibraryService, queries: readonly BenchQuery[], runs: number): Promise<SearchFigures> {
  for (const { q } of queries) for (let i = 0; i < WARM_UP_RUNS; i++) await searchOnce(service, q);
  const all: number[] = [];
  const timings: QueryTiming[] = [];
  for (const { q, kind } of queries) {
    const ms: number[] = [];
    let hits = 0;
    for (let i = 0; i < runs; i++) {
      const run = await searchOnce(service, q);
      ms.push(run.ms);
      hits = run.total;
    }
    all.push(...ms);
    timings.push({ q, kind, hits, p50Ms: round(percentile(ms, 50)), p95Ms: round(percentile(ms, 95)), maxMs: round(maximum(ms)) });
  }
  return {
    queries: timings,
    p50Ms: round(percentile(all, 50)),
    p95Ms: round(percentile(all, 95)),
    maxMs: round(maximum(all)),
    runsPerQuery: runs,
  };
}
