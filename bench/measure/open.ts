// "Open": a fresh process that opens the library and prints the first page of
// the article list — what a user waits for at start-up, process start included.
import { maximum, median } from './percentiles';
import { runTimed } from './timed-process';

export interface OpenFigures {
  /** Median of the runs. */
  seconds: number;
  runs: number[];
  /** Largest peak RSS of the runs: memory with the library open. */
  rssMB: number | null;
  rows: number;
}

export function timeOpen(cli: string, libraryDir: string, runs = 3): OpenFigures {
  const seconds: number[] = [];
  const rss: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const run = runTimed(process.execPath, [cli, 'list', '--library', libraryDir, '--limit', '50', '--json']);
    seconds.push(run.seconds);
    if (run.peakRssMB !== null) rss.push(run.peakRssMB);
    rows = (JSON.parse(run.stdout) as { rows: unknown[] }).rows.length;
  }
  if (rows === 0) throw new Error('folio list printed no articles: the open time would measure an empty library');
  return { seconds: median(seconds), runs: seconds, rssMB: rss.length > 0 ? maximum(rss) : null, rows };
}
