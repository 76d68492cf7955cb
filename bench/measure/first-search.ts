// The first search after opening the library, as the app runs it (issue 15): the
// service opens with its search worker, the first article list is shown (which
// starts the worker's warm-up), and the reader searches at once. Timed from the
// search call to its answer, beside the same search once warm.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { LibraryService } from '../../src/main/service';

export interface FirstSearchFigures {
  /** Open to the first article list. */
  listMs: number;
  /** The first search, sent right after the first list. */
  firstMs: number;
  /** The same search again, warm. */
  warmMs: number;
}

const QUERY = '习近平';

export async function timeFirstSearch(library: string, searchWorkerFile: string): Promise<FirstSearchFigures> {
  const opened = performance.now();
  const service = await LibraryService.open({
    dir: library,
    workerFile: null,
    searchWorkerFile,
    readOnly: true,
    imageUrl: (id) => id,
    emit: () => undefined,
  });
  try {
    await service.listArticles({ view: { kind: 'all' }, sort: 'newest', offset: 0, limit: 200 });
    const listed = performance.now();
    const request = { query: QUERY, view: { kind: 'all' as const }, sort: 'relevance' as const, offset: 0, limit: 50, snippets: 16 };
    await service.search(request);
    const first = performance.now();
    await service.search(request);
    const warm = performance.now();
    const round = (ms: number): number => Math.round(ms * 10) / 10;
    return { listMs: round(listed - opened), firstMs: round(first - listed), warmMs: round(warm - first) };
  } finally {
    await service.close();
  }
}

/** timeFirstSearch in a fresh process (first-search-process.ts says why), run the way this one was (tsx). */
export function timeFirstSearchFresh(library: string, searchWorkerFile: string): FirstSearchFigures {
  const script = resolve('bench/measure/first-search-process.ts');
  const run = spawnSync(process.execPath, [...process.execArgv, script, library, searchWorkerFile], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the first-search process failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as FirstSearchFigures;
}
