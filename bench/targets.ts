// The targets of PERFORMANCE.md, each checked against one figure of the run.
// Some are set for a 100k-article library; at other sizes they are checked as
// they stand (a 20k run that misses a 100k target will miss it at 100k too)
// except search, whose target grows with the library as the document says.
import type { BenchFigures } from './figures';

export interface Check {
  name: string;
  /** The measured figure, null when it could not be measured (then the check is skipped). */
  value: number | null;
  unit: string;
  /** As printed next to the figure. */
  target: string;
  pass: boolean | null;
}

/** Where a library of this many articles sits between the 6k and 100k points the targets are set for (0–1). */
function between6kAnd100k(articles: number): number {
  return Math.min(1, Math.max(0, (articles - 6000) / 94_000));
}

/** p95 target in ms: 5 at 6k realistic articles, 15 at 100k, linear in between. */
export function searchP95TargetMs(articles: number): number {
  return Math.round((5 + 10 * between6kAnd100k(articles)) * 10) / 10;
}

/** Import peak RSS target in MB: 400 at 6k articles, 1024 at 100k, linear in between. */
export function importRssTargetMB(articles: number): number {
  return Math.round(400 + 624 * between6kAnd100k(articles));
}

const MB = 1e6;

function check(name: string, value: number | null, unit: string, target: string, passes: (v: number) => boolean): Check {
  return { name, value, unit, target, pass: value === null ? null : passes(value) };
}

export function checkTargets(f: BenchFigures): Check[] {
  const images = f.library.parts['images'] ?? 0;
  const diskLimit = 1.5 * f.library.textBytes + images;
  const searchTarget = searchP95TargetMs(f.library.articles);
  const rssTarget = importRssTargetMB(f.library.articles);
  const thousands = Math.round(f.library.articles / 1000);
  return [
    check('import articles/s', f.import.articlesPerSec, '/s', '≥ 500', (v) => v >= 500),
    check('import chars/s', f.import.charsPerSec, '/s', '≥ 2.5 M', (v) => v >= 2.5e6),
    check('import MB/s of files', f.import.filesMBPerSec, 'MB/s', '≥ 12 MB/s', (v) => v >= 12),
    check('import peak RSS', f.import.peakRssMB, 'MB', `≤ ${rssTarget} MB (at ${thousands}k)`, (v) => v <= rssTarget),
    check('re-import speedup', f.reimport.speedup, '×', '≥ 20×', (v) => v >= 20),
    check('re-import speedup in the app', f.reimportInApp.speedup, '×', '≥ 20×', (v) => v >= 20),
    check('RSS after open', f.library.rssAfterOpenMB, 'MB', '≤ 1024 MB (at 100k)', (v) => v <= 1024),
    check(
      'library on disk',
      f.library.diskBytes / MB,
      'MB',
      `≤ 1.5 × text + images = ${(diskLimit / MB).toFixed(1)} MB`,
      (v) => v * MB <= diskLimit,
    ),
    check('open to first list', f.library.openSeconds, 's', '≤ 1.5 s (at 100k)', (v) => v <= 1.5),
    check(
      'search p95',
      f.search.p95Ms,
      'ms',
      `≤ ${searchTarget} ms (at ${Math.round(f.library.articles / 1000)}k)`,
      (v) => v <= searchTarget,
    ),
    check('search vs ripgrep', f.search.ratioVsRipgrep, '×', '≥ 20× faster', (v) => v >= 20),
    check('star persisted', f.save.starMs, 'ms', '≤ 50 ms', (v) => v <= 50),
    check('known-item success@1', f.knownItems.successAt1, '', '≥ 0.97', (v) => v >= 0.97),
    check('known-item MRR@10', f.knownItems.mrrAt10, '', '≥ 0.98', (v) => v >= 0.98),
    check('first search after open', f.firstSearch?.firstMs ?? null, 'ms', '≤ 100 ms (as fast as later ones)', (v) => v <= 100),
    check('search to paint p50', f.searchToPaint?.p50Ms ?? null, 'ms', '≤ 100 ms (at 5k)', (v) => v <= 100),
    check('search to paint p95', f.searchToPaint?.p95Ms ?? null, 'ms', '≤ 200 ms, first search included (at 5k)', (v) => v <= 200),
  ];
}
