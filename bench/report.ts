// The printed table: every figure, with its target and PASS/MISS next to it,
// then one line per query with the ripgrep baseline beside it.
import { REAL_ARCHIVE } from './corpus/realistic/shape';
import type { ShapeSummary } from './corpus/realistic/shape';
import type { BenchResult } from './result';
import type { Check } from './targets';

/** Terminal columns: CJK and full-width characters take two. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

const padEnd = (text: string, columns: number): string => text + ' '.repeat(Math.max(0, columns - width(text)));
const padStart = (text: string, columns: number): string => ' '.repeat(Math.max(0, columns - width(text))) + text;

const num = (value: number | null, digits = 1): string => (value === null ? 'n/a' : value.toFixed(digits));
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const millions = (value: number): string => `${(value / 1e6).toFixed(2)} M`;

function verdict(check: Check | undefined): string {
  if (!check) return '';
  return `${padEnd(check.target, 40)}${check.pass === null ? 'SKIP' : check.pass ? 'PASS' : 'MISS'}`;
}

function figureLines(r: BenchResult): string[] {
  const checks = new Map(r.checks.map((c) => [c.name, c]));
  const row = (label: string, value: string, checkName?: string): string =>
    `${padEnd(label, 36)}${padEnd(value, 18)}${verdict(checkName ? checks.get(checkName) : undefined)}`.trimEnd();
  const parts = Object.entries(r.library.parts)
    .map(([name, bytes]) => `${name} ${mb(bytes)}`)
    .join(' · ');
  return [
    row('import', `${num(r.import.seconds, 2)} s`),
    row('  articles/s', num(r.import.articlesPerSec), 'import articles/s'),
    row('  chars/s', millions(r.import.charsPerSec), 'import chars/s'),
    row('  MB/s of files', num(r.import.filesMBPerSec, 2), 'import MB/s of files'),
    row('  peak RSS', `${num(r.import.peakRssMB, 0)} MB`, 'import peak RSS'),
    row('  imported / duplicates', `${r.import.imported} / ${r.import.duplicates}`),
    row('  skipped / failed files', `${r.import.skipped} / ${r.import.failed}`),
    row('re-import, unchanged', `${num(r.reimport.seconds, 2)} s`),
    row('  speedup', `${num(r.reimport.speedup)}×`, 're-import speedup'),
    row(
      `${r.reimportInApp.articles} articles in the app, twice`,
      `${num(r.reimportInApp.firstSeconds, 2)} s, then ${num(r.reimportInApp.reimportSeconds, 3)} s`,
    ),
    row('  speedup', `${num(r.reimportInApp.speedup)}×`, 're-import speedup in the app'),
    row('library on disk', mb(r.library.diskBytes), 'library on disk'),
    `  ${parts}`,
    row('  extracted plain text', `${mb(r.library.textBytes)} (${millions(r.library.textChars)} chars)`),
    row('open to first article list', `${num(r.library.openSeconds, 3)} s`, 'open to first list'),
    row('RSS after open', `${num(r.library.rssAfterOpenMB, 0)} MB`, 'RSS after open'),
    row('search top 50, 16 snippets, p95', `${num(r.search.p95Ms, 2)} ms`, 'search p95'),
    row('  p50 / max', `${num(r.search.p50Ms, 2)} / ${num(r.search.maxMs, 2)} ms`),
    row('ripgrep, median of queries', r.search.ripgrepMedianMs === null ? 'skipped' : `${num(r.search.ripgrepMedianMs)} ms`),
    row(
      '  search p95 vs ripgrep',
      r.search.ratioVsRipgrep === null ? 'n/a' : `${num(r.search.ratioVsRipgrep)}× faster`,
      'search vs ripgrep',
    ),
    row('star persisted (median of 5)', `${num(r.save.starMs, 2)} ms`, 'star persisted'),
    row('  slowest of 5', `${num(r.save.starMaxMs, 2)} ms`),
    row(`  ${r.save.readArticles} marked read, one call`, `${num(r.save.markReadMs, 1)} ms`),
    row('import of 1 new article, saved', `${num(r.save.afterImportMs, 1)} ms`),
    row(`known items (${r.knownItems.queries} headline openings)`, ''),
    row('  success@1', num(r.knownItems.successAt1, 3), 'known-item success@1'),
    row('  MRR@10', num(r.knownItems.mrrAt10, 3), 'known-item MRR@10'),
    row('first search after open (worker)', r.firstSearch ? `${num(r.firstSearch.firstMs)} ms` : 'skipped', 'first search after open'),
    row('  the same search, warm', r.firstSearch ? `${num(r.firstSearch.warmMs)} ms` : 'skipped'),
    row('keystroke to painted results, p50', r.searchToPaint ? `${num(r.searchToPaint.p50Ms)} ms` : 'skipped', 'search to paint p50'),
    row('  p95 (first search included)', r.searchToPaint ? `${num(r.searchToPaint.p95Ms)} ms` : 'skipped', 'search to paint p95'),
    row('  first / max', r.searchToPaint ? `${num(r.searchToPaint.firstMs)} / ${num(r.searchToPaint.maxMs)} ms` : 'skipped'),
    row(`${r.imageFetch.images} images from loopback`, `${num(r.imageFetch.seconds, 2)} s (${r.imageFetch.failed} failed)`),
    row('  images/s · MB/s', `${num(r.imageFetch.imagesPerSec)} · ${num(r.imageFetch.mbPerSec)}`),
    row('  peak RSS', `${num(r.imageFetch.peakRssMB, 0)} MB`),
  ];
}

function queryLines(r: BenchResult): string[] {
  const header = `${padEnd('query', 38)}${padEnd('exercises', 26)}${padStart('hits', 7)}${padStart('p50 ms', 9)}${padStart('p95 ms', 9)}${padStart('max ms', 9)}${padStart('rg ms', 9)}${padStart('rg files', 10)}`;
  return [
    header,
    ...r.search.queries.map(
      (q) =>
        `${padEnd(q.q, 38)}${padEnd(q.kind, 26)}${padStart(String(q.hits), 7)}${padStart(num(q.p50Ms, 2), 9)}${padStart(num(q.p95Ms, 2), 9)}${padStart(num(q.maxMs, 2), 9)}${padStart(num(q.ripgrepMs), 9)}${padStart(q.ripgrepFiles === null ? 'n/a' : String(q.ripgrepFiles), 10)}`,
    ),
  ];
}

/** The generated files' quantiles beside the real archive's (issue 16), so a reader sees what the corpus stands for. */
function shapeLines(shape: ShapeSummary | null): string[] {
  if (!shape) return [];
  const q = (v: number, key: keyof ShapeSummary): string => {
    if (key === 'latinShare') return `${(v * 100).toFixed(0)} %`;
    return key === 'fileBytes' ? `${(v / 1000).toFixed(1)} KB` : num(v, v < 20 ? 1 : 0);
  };
  const line = (label: string, key: Exclude<keyof ShapeSummary, 'articles'>): string => {
    const real = REAL_ARCHIVE[key];
    const ours = shape[key];
    const cells = (['p50', 'p90', 'p99'] as const)
      .filter((p) => real[p] !== undefined)
      .map((p) => `${p} ${q(ours[p], key)} (real ${q(real[p] as number, key)})`);
    return `  ${padEnd(label, 26)}${cells.join('   ')}`;
  };
  return [
    'corpus shape (generated, and the real archive it is shaped on):',
    line('file size', 'fileBytes'),
    line('text characters', 'textChars'),
    line('file bytes per text char', 'bytesPerChar'),
    line('tags per file', 'tags'),
    line('<img> per file', 'images'),
    line('Latin letters', 'latinShare'),
    '',
  ];
}

export function formatReport(r: BenchResult): string {
  const c = r.corpus;
  const generated = `${r.profile} profile, seed ${c.seed}${c.reused ? ', reused corpus' : ''}`;
  const origin = c.seed === null ? 'given corpus, no generated profile' : generated;
  const count = (pass: boolean | null): number => r.checks.filter((k) => k.pass === pass).length;
  return [
    '',
    `Folio benchmark — ${c.articles} articles (${origin}): ${millions(c.chars)} chars of text, ${mb(c.bytes)} of files`,
    '',
    ...shapeLines(c.shape),
    `${padEnd('figure', 36)}${padEnd('value', 18)}${padEnd('target', 40)}result`,
    ...figureLines(r),
    '',
    ...queryLines(r),
    '',
    `PASS ${count(true)} · MISS ${count(false)} · SKIP ${count(null)} — whole run ${num(r.run.totalSeconds)} s on ${r.run.cpus} cores, Node ${r.run.node}, load ${num(r.run.loadAverage.start)} → ${num(r.run.loadAverage.end)}`,
    '',
  ].join('\n');
}
