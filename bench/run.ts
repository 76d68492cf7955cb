// `npm run bench`: generate (or reuse) a corpus, import it with the built CLI,
// re-import it, open the library, search it in this process, compare with
// ripgrep, time the saves, then print every figure against its target and
// optionally write them as JSON. See PERFORMANCE.md for the targets.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { LibraryService } from '../src/main/service';
import { BENCH_USAGE, parseBenchArgs } from './args';
import type { BenchArgs } from './args';
import { ensureCorpus } from './corpus/cache';
import type { CorpusStats } from './corpus/generate';
import { extractedText } from './measure/extracted-text';
import type { ExtractedText } from './measure/extracted-text';
import { timeImageFetch } from './measure/image-fetch';
import { timeImport } from './measure/import';
import { folderBytes, librarySize } from './measure/library-size';
import { timeOpen } from './measure/open';
import { timeReimportInApp } from './measure/reimport-in-app';
import { prepareReadingState, timeSaves } from './measure/reading-state';
import type { SaveFigures } from './measure/reading-state';
import { ensureRipgrep, timeRipgrep } from './measure/ripgrep';
import { timeSearches } from './measure/search';
import { timeFirstSearchFresh } from './measure/first-search';
import type { FirstSearchFigures } from './measure/first-search';
import { measureKnownItems } from './measure/known-item';
import type { KnownItemFigures } from './measure/known-item';
import { timeSearchToPaint } from './measure/search-to-paint';
import type { PaintFigures } from './measure/search-to-paint';
import type { SearchFigures } from './measure/search';
import { hasGnuTime } from './measure/timed-process';
import { QUERIES, literalTerms } from './queries';
import { formatReport } from './report';
import { buildResult } from './result';
import type { CorpusSummary } from './figures';
import type { Measurements } from './result';

/** The built app: its search worker, and the renderer the paint figures are measured in. */
const SEARCH_WORKER = resolve('out/worker/search-worker.mjs');
const RENDERER_INDEX = resolve('out/renderer/index.html');
/** Typed into the app's search box: frequent and rare, CJK and English, one term and two. */
const PAINT_QUERIES = ['国', '经济', '习近平', '人工智能', '中国 经济', 'Twitter', 'government', '"climate change"'];

/** The folder size the re-import target is stated for. */
const IN_APP_ARTICLES = 1000;
const started = performance.now();
const loadAtStart = loadavg()[0] ?? 0;
const elapsed = (): number => (performance.now() - started) / 1000;

function log(line: string): void {
  console.log(`[${elapsed().toFixed(1).padStart(6)} s] ${line}`);
}

interface Corpus {
  dir: string;
  stats: CorpusStats | null;
  reused: boolean;
}

function prepareCorpus(args: BenchArgs): Corpus {
  if (args.corpus) {
    if (!existsSync(args.corpus)) throw new Error(`No folder at ${args.corpus}.`);
    log(`corpus: using ${args.corpus} as given (no generated profile)`);
    return { dir: args.corpus, stats: null, reused: false };
  }
  const note = args.profile === 'realistic' ? ' (shaped like a real archive; --profile light for the earlier light corpus)' : '';
  log(`profile: ${args.profile}${note}`);
  return ensureCorpus(args.work, args.profile, args.articles, args.seed, log);
}

function corpusSummary(args: BenchArgs, corpus: Corpus, text: ExtractedText): CorpusSummary {
  const { stats } = corpus;
  if (!stats) {
    const bytes = folderBytes(corpus.dir);
    return { dir: corpus.dir, seed: null, reused: false, articles: text.articles, chars: text.chars, bytes, shape: null };
  }
  const { articles, chars, bytes, shape } = stats;
  return { dir: corpus.dir, seed: args.seed, reused: corpus.reused, articles, chars, bytes, shape };
}

/** Everything measured with the library open in this process, the way the app holds it. */
async function measureInProcess(
  library: string,
  runs: number,
): Promise<{ search: SearchFigures; text: ExtractedText; save: SaveFigures; knownItems: KnownItemFigures }> {
  const service = await LibraryService.open({
    dir: library,
    workerFile: null,
    imageUrl: (id) => `folio-image://image/${id}`,
    emit: () => undefined,
  });
  try {
    const state = await prepareReadingState(service);
    log(`state: ${state.readArticles} articles marked read, ${state.starredArticles} starred`);
    log(`search: ${QUERIES.length} queries × ${runs} runs (top 50 with snippets)`);
    const search = await timeSearches(service, QUERIES, runs);
    log(`search: p50 ${search.p50Ms} ms, p95 ${search.p95Ms} ms`);
    const knownItems = await measureKnownItems(service);
    log(`known items: ${knownItems.queries} headline openings, success@1 ${knownItems.successAt1}, MRR@10 ${knownItems.mrrAt10}`);
    const text = extractedText(service);
    const saves = await timeSaves(service);
    log(`save: star ${saves.starMs} ms, one-article import ${saves.afterImportMs} ms`);
    return { search, text, save: { ...state, ...saves }, knownItems };
  } finally {
    await service.close();
  }
}

/** Search as the app runs it (the built search worker, the built renderer in Chromium); skipped when the app is not built. */
async function measureAppSearch(
  library: string,
  paintRuns: number,
): Promise<{ firstSearch: FirstSearchFigures | null; searchToPaint: PaintFigures | null }> {
  const worker = SEARCH_WORKER;
  if (!existsSync(worker) || !existsSync(RENDERER_INDEX)) {
    log('app search: the app is not built (npm run build): first-search and search-to-paint figures skipped');
    return { firstSearch: null, searchToPaint: null };
  }
  const firstSearch = timeFirstSearchFresh(library, worker);
  log(`first search after open: ${firstSearch.firstMs} ms (warm ${firstSearch.warmMs} ms)`);
  const searchToPaint = await timeSearchToPaint(library, worker, PAINT_QUERIES, paintRuns);
  log(`keystroke to paint: p50 ${searchToPaint.p50Ms} ms, p95 ${searchToPaint.p95Ms} ms, first ${searchToPaint.firstMs} ms`);
  return { firstSearch, searchToPaint };
}

function measureRipgrep(corpusDir: string): Measurements['ripgrep'] {
  const version = ensureRipgrep(log);
  if (!version) return null;
  log(`ripgrep: ${version}, ${QUERIES.length} queries × 3 runs`);
  const byQuery = QUERIES.map((q) => timeRipgrep(corpusDir, literalTerms(q.q)));
  return { version, byQuery };
}

async function bench(args: BenchArgs): Promise<void> {
  if (!existsSync(args.cli)) throw new Error(`The built CLI is missing at ${args.cli}: run "npm run build" (npm run bench does).`);
  if (loadAtStart > availableParallelism())
    log(
      `warning: the machine is busy (load ${loadAtStart.toFixed(1)} on ${availableParallelism()} cores): figures will be worse than on an idle machine`,
    );
  if (!hasGnuTime()) log('GNU time (/usr/bin/time) is missing: peak RSS figures will be n/a');
  mkdirSync(args.work, { recursive: true });
  const corpus = prepareCorpus(args);
  const library = join(args.work, `lib-${corpus.stats ? `${args.profile}-${args.articles}-${args.seed}` : basename(corpus.dir)}`);
  rmSync(library, { recursive: true, force: true });

  log(`import: ${corpus.dir} → ${library}`);
  const firstImport = timeImport(args.cli, corpus.dir, library);
  log(`import: ${firstImport.report.imported} articles in ${firstImport.seconds.toFixed(1)} s`);
  const reimport = timeImport(args.cli, corpus.dir, library);
  log(`re-import: ${reimport.report.unchanged} unchanged in ${reimport.seconds.toFixed(2)} s`);
  const small =
    !args.corpus && args.articles <= IN_APP_ARTICLES ? corpus : ensureCorpus(args.work, args.profile, IN_APP_ARTICLES, args.seed, log);
  const reimportInApp = await timeReimportInApp(small.dir, join(dirname(args.cli), 'import-worker.js'));
  log(
    `in the app: ${reimportInApp.articles} articles imported in ${reimportInApp.firstSeconds.toFixed(2)} s, re-imported in ${reimportInApp.reimportSeconds.toFixed(3)} s`,
  );
  const open = timeOpen(args.cli, library);
  log(`open: ${open.seconds.toFixed(3)} s to the first ${open.rows} articles`);
  const inProcess = await measureInProcess(library, args.runs);
  const app = await measureAppSearch(library, args.paintRuns);
  const size = librarySize(library);
  const ripgrep = measureRipgrep(corpus.dir);
  const imageFetch = await timeImageFetch(args.cli, args.images, log);
  log(
    `images: ${imageFetch.downloaded} in ${imageFetch.seconds.toFixed(2)} s (${imageFetch.imagesPerSec.toFixed(0)}/s, ${imageFetch.mbPerSec.toFixed(1)} MB/s)`,
  );

  const measurements: Measurements = {
    corpus: corpusSummary(args, corpus, inProcess.text),
    firstImport,
    reimport,
    reimportInApp,
    size,
    open,
    ripgrep,
    imageFetch,
    ...inProcess,
    ...app,
  };
  const result = buildResult(measurements, args.corpus ? null : args.profile, elapsed(), loadAtStart);
  console.log(formatReport(result));
  if (args.json) {
    mkdirSync(dirname(args.json), { recursive: true });
    writeFileSync(args.json, `${JSON.stringify(result, null, 2)}\n`);
    log(`figures written to ${args.json}`);
  }
}

async function main(): Promise<number> {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${BENCH_USAGE}`);
    return 2;
  }
  try {
    await bench(args);
    return 0;
  } catch (error) {
    console.error(`bench: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}

process.exitCode = await main();
