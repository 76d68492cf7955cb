// The data that crosses the process boundary. Plain JSON-safe shapes only.
// Where a request schema already says what a value may be, the type is inferred from it.
import type { z } from 'zod';
import type { imageScopeSchema, libraryViewSchema, listSortSchema, searchSortSchema, settingsSchema } from './requests';

export type ArticleId = number;
export type SourceId = number;

/** Where an article came from, as detected at import. */
export type ArticleFormat = 'feed-capture' | 'jekyll' | 'html-page' | 'markdown' | 'plain-text';

/** What the library pane can select; search narrows within it. */
export type LibraryView = z.infer<typeof libraryViewSchema>;

export type ListSort = z.infer<typeof listSortSchema>;
export type SearchSort = z.infer<typeof searchSortSchema>;

export interface SourceSummary {
  id: SourceId;
  name: string;
  count: number;
  unread: number;
  /** The name import gave the source (name is what the user renamed it to, if they did). */
  importedName: string;
  /** Left out of the All and Unread views. */
  hidden: boolean;
  /** Imported names of the sources merged into this one. */
  merged: string[];
}

export interface LibraryOverview {
  total: number;
  unread: number;
  starred: number;
  sources: SourceSummary[];
  /** Damage found in the library's files and what was done about it; empty when all is well. */
  notices: LibraryNotice[];
}

/**
 * Something found wrong with a library file, shown until the library is repaired:
 * - fallback: a database was damaged and its previous copy opened (changes after it are missing);
 * - state-lost: state.db and its previous copy are both damaged (read-only until repaired);
 * - damage: a pack or index segment was found damaged while in use.
 */
export interface LibraryNotice {
  kind: 'fallback' | 'state-lost' | 'damage';
  /** The file, relative to the library folder: 'library.db', 'state.db', 'packs/pack-000001.bin', 'index'. */
  file: string;
  /** What happened and what was done, in English (the CLI prints it; the app shows its own words). */
  message: string;
  /** For a fallback: when the copy now in use was saved (ISO 8601). */
  savedAt: string | null;
}

/** One thing `check` found wrong. */
export interface LibraryProblem {
  /** Relative to the library folder. */
  file: string;
  kind: 'missing' | 'empty' | 'truncated' | 'damaged';
  detail: string;
}

export interface LibraryCheck {
  ok: boolean;
  problems: LibraryProblem[];
}

export interface RepairReport {
  /** Articles in the library after the repair. */
  articles: number;
  /** Damaged articles read again from their source files. */
  recovered: number;
  /** Damaged articles whose source file is gone or unreadable: removed, with why. */
  lost: { id: ArticleId; title: string; reason: string }[];
  indexRebuilt: boolean;
}

/**
 * How precisely the source dated an article: a point in time (with its zone), a date and time
 * written with no zone (shown as written), a calendar day (shown without a time, never shifted
 * by the reader's time zone), or no date at all.
 */
export type DateKind = 'instant' | 'local' | 'day' | 'undated';

export interface ArticleSummary {
  id: ArticleId;
  title: string;
  source: string;
  sourceId: SourceId;
  /**
   * ISO 8601 at the precision the source gave: `2023-03-21T09:45:02.000Z` (instant),
   * `2023-09-02T10:30:00` (local: no zone), `2023-09-02` (day); null when undated.
   */
  date: string | null;
  dateKind: DateKind;
  read: boolean;
  starred: boolean;
  /** BCP 47 language (zh-Hans, zh-Hant, en…), so the right CJK glyphs are used; null when not known yet. */
  lang: string | null;
}

export interface ArticlePage {
  total: number;
  offset: number;
  rows: ArticleSummary[];
}

export interface ArticleImage {
  id: string;
  /** Built by the main process; the renderer never builds image URLs. */
  url: string;
  alt: string;
  title: string;
  caption: string;
  /** Pixel size recorded when the image was stored (null for images stored before sizes were kept), so space is reserved. */
  width: number | null;
  height: number | null;
  /** Where a downloaded image came from (null for images copied from the imported folder). */
  sourceUrl: string | null;
}

/** Where one of an article's images stands (`folio show`): by its original URL, whether the library holds it, and why not. */
export interface ImageStatus {
  url: string;
  offline: boolean;
  /** Why a download failed, or that a local image was not found at import; absent for one never tried. */
  reason?: string;
}

export interface ArticleDetail extends ArticleSummary {
  url: string | null;
  author: string | null;
  path: string;
  encoding: string;
  format: ArticleFormat;
  /** Sanitised body. Search matches are wrapped in <mark data-hit="n"> when a highlight query was given. */
  html: string;
  images: ArticleImage[];
  /** Remote images recorded but not downloaded (shown as placeholders). */
  remoteImages: number;
  /** Why remote images could not be downloaded when it was last tried, by URL (absent: never tried). */
  imageFailures: Record<string, string>;
  /** Number of <mark> elements in html (0 without a highlight query). */
  matchCount: number;
  /** Where the highlight query matches the title (offsets into title; empty without one). */
  titleHighlights: Range[];
}

export type Range = [start: number, end: number];

/** What a hit's relevance is made of (folio search --explain, the development overlay). */
export interface ScoreParts {
  /** BM25F, what the title and the body contribute. */
  bm25Title: number;
  bm25Body: number;
  /** The headline holds the query as a phrase (more at its start). */
  titlePhrase: number;
  /** The terms stand near each other. */
  proximity: number;
  /** Recency breaks ties between equal scores: the article's date as the hit gives it (null: undated, after every dated one). */
  recency: string | null;
}

export interface SearchHit extends ArticleSummary {
  url: string | null;
  path: string;
  /** null until asked for (getSnippets): a page builds snippets only for the rows on screen. */
  snippet: string | null;
  /** Offsets into snippet. */
  highlights: Range[];
  /** Offsets into title. */
  titleHighlights: Range[];
  score: number;
  /** Only when the request asked for it. */
  explain?: ScoreParts;
}

export interface QueryFilter {
  kind: 'source' | 'after' | 'before' | 'is';
  value: string;
  /** Where the filter is written in the query (UTF-16 offsets), so the UI can remove exactly it. */
  start: number;
  end: number;
}

/** What was actually searched, so the UI can show it even for a malformed query. */
export interface QuerySummary {
  terms: string[];
  excluded: string[];
  filters: QueryFilter[];
  warnings: string[];
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  query: QuerySummary;
  elapsedMs: number;
  /** Ids of the first hits (at most 5) whose headline holds the query: the suggestions under the search box. */
  headlines: ArticleId[];
  /** For a Latin query with few or no hits: the query with its words corrected from the library's own words. */
  didYouMean: string | null;
}

export interface HitSnippet {
  id: ArticleId;
  snippet: string;
  /** Offsets into snippet. */
  highlights: Range[];
}

/** A search pinned as a view of the library pane (kept in state.db). */
export interface SavedSearch {
  id: number;
  name: string;
  query: string;
  /** The library-pane selection it searches in. */
  view: LibraryView;
  total: number;
  unread: number;
}

export interface FileIssue {
  path: string;
  reason: string;
}

export interface ImportReport {
  jobId: string;
  roots: string[];
  imported: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  skipped: FileIssue[];
  failed: FileIssue[];
  /** Files imported before that are gone from the folder; their articles stay. */
  missing: string[];
  /** Each file whose article was already in the library: which article it repeats, and why it is the same. */
  duplicateFiles: DuplicateFile[];
  /** True when nothing in these folders had been imported before (the report then shows no zero counts). */
  firstImport: boolean;
  /** Who started the job: the user (import, Refresh), or the folder watcher keeping folders current. */
  trigger: ImportTrigger;
  images: { copied: number; remote: number; missing: FileIssue[] };
  /** Articles in the library after the job. */
  articles: number;
  cancelled: boolean;
  /** Why the job stopped early (a full disk, a worker that cannot start); the library keeps its last commit. */
  error: string | null;
  seconds: number;
}

export type ImportTrigger = 'user' | 'watch';

/** A folder the user imported: kept current by watching (while the app runs) and by Refresh. */
export interface FolderSummary {
  id: number;
  path: string;
  /** ISO 8601: when it was last imported. */
  importedAt: string | null;
  /** False when the folder is no longer there (moved, unmounted): it cannot be refreshed. */
  present: boolean;
}

export interface DuplicateFile {
  path: string;
  /** The file of the article it repeats, and that article's title. */
  ofPath: string;
  ofTitle: string;
  why: 'same URL' | 'same text';
}

export type ImportPhase = 'scanning' | 'importing' | 'saving' | 'finished';

export interface ImportProgress {
  jobId: string;
  phase: ImportPhase;
  filesSeen: number;
  filesDone: number;
  imported: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  skipped: number;
  failed: number;
  currentFile: string | null;
  filesPerSecond: number;
  etaSeconds: number | null;
}

/** What the reader chose (settingsSchema in requests.ts says what each may be). */
export type Settings = z.infer<typeof settingsSchema>;
export type ThemeSetting = Settings['theme'];
export type LanguageSetting = Settings['language'];
export type ReadingFontSetting = Settings['readingFont'];
/** What image downloads send as Referer (refererPolicySchema in requests.ts says which and why). */
export type RefererPolicy = Settings['imageReferer'];

/** Where the user was, so a restart opens the same place. */
export interface ReadingSession {
  view: LibraryView;
  sort: ListSort;
  articleId: ArticleId | null;
  /** How far down the open article was scrolled, 0–1 (survives a change of text size). */
  scroll: number;
  /** Views (viewKey strings: 'all', 'source:3') whose list hides read articles. */
  hideRead: string[];
}

/** The next (or previous) unread article, and the view it is in (another source when the current one has no more). */
export interface UnreadTarget {
  id: ArticleId;
  view: LibraryView;
}

export interface LibraryStats {
  articles: number;
  sources: { name: string; count: number }[];
  dbBytes: number;
  diskBytes: number;
}

/** Which articles' remote images a download job fetches. A view of kind 'all' is the whole library. */
export type ImageScope = z.infer<typeof imageScopeSchema>;

export type ImageJobPhase = 'collecting' | 'downloading' | 'saving' | 'finished';

export interface HostFailures {
  host: string;
  count: number;
}

export interface ImageCounts {
  /** Fetched by this job and stored. */
  downloaded: number;
  /** Already in the library (downloaded before, or the same image under another URL or article). */
  alreadyLocal: number;
  /** Not tried: failed before for a reason that does not pass (404, not an image), or a tracking pixel. */
  skipped: number;
}

export interface ImageJobProgress extends ImageCounts {
  jobId: string;
  phase: ImageJobPhase;
  /** Articles in the job's scope that refer to remote images. */
  articles: number;
  /** Distinct image URLs the job looks at, and how many of them are settled. */
  total: number;
  done: number;
  failed: number;
  bytes: number;
  bytesPerSecond: number;
  etaSeconds: number | null;
  /** Hosts with failures, most first. */
  failuresByHost: HostFailures[];
}

export interface ImageJobReport {
  jobId: string;
  scope: ImageScope | null;
  articles: number;
  images: ImageCounts & { failed: { url: string; reason: string }[] };
  failuresByHost: HostFailures[];
  bytes: number;
  seconds: number;
  cancelled: boolean;
  /** Why the job stopped early; what it fetched until then is kept. */
  error: string | null;
}

export interface ImageStorage {
  /** Images downloaded from the network (copied local images are not counted). */
  downloaded: { images: number; bytes: number };
  bySource: { sourceId: SourceId; name: string; images: number; bytes: number }[];
}
