// The benchmark's figures in the JSON shape of the issue (plus detail): one
// object built from the measurements, printed as a table and written with --json.
import { availableParallelism, loadavg } from 'node:os';
import type { ProfileName } from './corpus/profile';
import type { ExtractedText } from './measure/extracted-text';
import type { ImageFetchFigures } from './measure/image-fetch';
import type { ImportRun } from './measure/import';
import type { LibrarySize } from './measure/library-size';
import type { OpenFigures } from './measure/open';
import { median } from './measure/percentiles';
import type { SaveFigures } from './measure/reading-state';
import type { RipgrepTiming } from './measure/ripgrep';
import type { InAppReimport } from './measure/reimport-in-app';
import type { SearchFigures } from './measure/search';
import type { FirstSearchFigures } from './measure/first-search';
import type { KnownItemFigures } from './measure/known-item';
import type { PaintFigures } from './measure/search-to-paint';
import type { BenchFigures, CorpusSummary } from './figures';
import { checkTargets } from './targets';
import type { Check } from './targets';

export interface Measurements {
  corpus: CorpusSummary;
  firstImport: ImportRun;
  reimport: ImportRun;
  reimportInApp: InAppReimport;
  size: LibrarySize;
  open: OpenFigures;
  text: ExtractedText;
  search: SearchFigures;
  ripgrep: { version: string; byQuery: RipgrepTiming[] } | null;
  save: SaveFigures;
  knownItems: KnownItemFigures;
  firstSearch: FirstSearchFigures | null;
  searchToPaint: PaintFigures | null;
  imageFetch: ImageFetchFigures;
}

export type BenchResult = BenchFigures & { checks: Check[] };

const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;
const roundOrNull = (value: number | null, digits = 1): number | null => (value === null ? null : round(value, digits));

function ripgrepFigures(m: Measurements): { medianMs: number | null; ratio: number | null } {
  if (!m.ripgrep) return { medianMs: null, ratio: null };
  const medianMs = round(median(m.ripgrep.byQuery.map((r) => r.medianMs)));
  return { medianMs, ratio: m.search.p95Ms > 0 ? round(medianMs / m.search.p95Ms, 1) : null };
}

export function buildResult(m: Measurements, profile: ProfileName | null, totalSeconds: number, loadAtStart: number): BenchResult {
  const { firstImport, reimport } = m;
  const rg = ripgrepFigures(m);
  const filesMBPerSec = round(m.corpus.bytes / 1e6 / firstImport.seconds);
  const figures: BenchFigures = {
    profile,
    corpus: { ...m.corpus },
    import: {
      seconds: round(firstImport.seconds),
      articlesPerSec: round(firstImport.report.imported / firstImport.seconds, 1),
      charsPerSec: Math.round(m.corpus.chars / firstImport.seconds),
      filesMBPerSec,
      mbPerSec: filesMBPerSec,
      peakRssMB: roundOrNull(firstImport.peakRssMB),
      imported: firstImport.report.imported,
      duplicates: firstImport.report.duplicates,
      skipped: firstImport.report.skipped.length,
      failed: firstImport.report.failed.length,
    },
    reimport: {
      seconds: round(reimport.seconds),
      speedup: round(firstImport.seconds / reimport.seconds, 1),
      unchanged: reimport.report.unchanged,
      peakRssMB: roundOrNull(reimport.peakRssMB),
    },
    reimportInApp: {
      articles: m.reimportInApp.articles,
      firstSeconds: round(m.reimportInApp.firstSeconds, 3),
      reimportSeconds: round(m.reimportInApp.reimportSeconds, 3),
      speedup: round(m.reimportInApp.firstSeconds / m.reimportInApp.reimportSeconds, 1),
      unchanged: m.reimportInApp.unchanged,
    },
    library: {
      articles: m.text.articles,
      diskBytes: m.size.bytes,
      parts: m.size.parts,
      textChars: m.text.chars,
      textBytes: m.text.bytes,
      rssAfterOpenMB: roundOrNull(m.open.rssMB),
      openSeconds: round(m.open.seconds, 3),
      openRuns: m.open.runs.map((s) => round(s, 3)),
    },
    search: {
      queries: m.search.queries.map((q, i) => ({
        ...q,
        ripgrepMs: m.ripgrep?.byQuery[i]?.medianMs ?? null,
        ripgrepFiles: m.ripgrep?.byQuery[i]?.files ?? null,
      })),
      p50Ms: m.search.p50Ms,
      p95Ms: m.search.p95Ms,
      maxMs: m.search.maxMs,
      runsPerQuery: m.search.runsPerQuery,
      ripgrepVersion: m.ripgrep?.version ?? null,
      ripgrepMedianMs: rg.medianMs,
      ratioVsRipgrep: rg.ratio,
    },
    save: { ...m.save },
    knownItems: { ...m.knownItems },
    firstSearch: m.firstSearch,
    searchToPaint: m.searchToPaint,
    imageFetch: {
      images: m.imageFetch.images,
      downloaded: m.imageFetch.downloaded,
      failed: m.imageFetch.failed,
      seconds: round(m.imageFetch.seconds),
      imagesPerSec: round(m.imageFetch.imagesPerSec, 1),
      mbPerSec: round(m.imageFetch.mbPerSec),
      peakRssMB: roundOrNull(m.imageFetch.peakRssMB),
    },
    run: {
      totalSeconds: round(totalSeconds, 1),
      node: process.version,
      cpus: availableParallelism(),
      loadAverage: { start: round(loadAtStart), end: round(loadavg()[0] ?? 0) },
    },
  };
  return { ...figures, checks: checkTargets(figures) };
}
