// The figures a benchmark run reports (the JSON's shape), apart from how they are measured.
import type { ProfileName } from './corpus/profile';
import type { ShapeSummary } from './corpus/realistic/shape';
import type { FirstSearchFigures } from './measure/first-search';
import type { KnownItemFigures } from './measure/known-item';
import type { SaveFigures } from './measure/reading-state';
import type { PaintFigures } from './measure/search-to-paint';
import type { QueryTiming } from './measure/search';

export interface CorpusSummary {
  dir: string;
  /** The seed it was generated with; null for a --corpus folder. */
  seed: number | null;
  reused: boolean;
  articles: number;
  /** Plain-text characters: the generated text, or for --corpus what the importer extracted. */
  chars: number;
  bytes: number;
  /** Quantiles of the generated article files (null for a --corpus folder). */
  shape: ShapeSummary | null;
}

export interface BenchFigures {
  /** The generated corpus's profile; null when a real folder was given with --corpus. */
  profile: ProfileName | null;
  corpus: CorpusSummary;
  import: {
    seconds: number;
    articlesPerSec: number;
    charsPerSec: number;
    /** MB of article files read per second (the corpus's bytes over the import's seconds). */
    filesMBPerSec: number;
    /** The same figure under its earlier name, for readers of older results. */
    mbPerSec: number;
    peakRssMB: number | null;
    imported: number;
    duplicates: number;
    skipped: number;
    failed: number;
  };
  reimport: { seconds: number; speedup: number; unchanged: number; peakRssMB: number | null };
  /** Importing a 1,000-article folder twice in one running service, as the app does. */
  reimportInApp: { articles: number; firstSeconds: number; reimportSeconds: number; speedup: number; unchanged: number };
  library: {
    articles: number;
    diskBytes: number;
    parts: Record<string, number>;
    /** Extracted plain text (titles and bodies): what the disk target is relative to. */
    textChars: number;
    textBytes: number;
    rssAfterOpenMB: number | null;
    openSeconds: number;
    openRuns: number[];
  };
  search: {
    queries: (QueryTiming & { ripgrepMs: number | null; ripgrepFiles: number | null })[];
    p50Ms: number;
    p95Ms: number;
    maxMs: number;
    runsPerQuery: number;
    ripgrepVersion: string | null;
    ripgrepMedianMs: number | null;
    ratioVsRipgrep: number | null;
  };
  save: SaveFigures;
  /** Known-item search on the corpus's own headlines (issue 15). */
  knownItems: KnownItemFigures;
  /** The first search after opening, in the search worker as the app runs it; null when the app is not built. */
  firstSearch: FirstSearchFigures | null;
  /** Keystroke to painted results in Chromium; null when the app is not built. */
  searchToPaint: PaintFigures | null;
  /** `folio images` fetching from a loopback host: throughput and the process's peak memory. */
  imageFetch: {
    images: number;
    downloaded: number;
    failed: number;
    seconds: number;
    imagesPerSec: number;
    mbPerSec: number;
    peakRssMB: number | null;
  };
  /** loadAverage: 1-minute load at start and end; above the core count, other work competed with the bench. */
  run: { totalSeconds: number; node: string; cpus: number; loadAverage: { start: number; end: number } };
}
