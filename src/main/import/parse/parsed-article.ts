// What parsing one file yields. Produced in a worker thread, so every field is
// structured-clone safe.
import type { ArticleFormat, DateKind } from '../../../shared/model';
import type { SitePlace } from './site-pages';

export type DateSource = 'epoch-comment' | 'front-matter' | 'page-meta' | 'file-name' | 'path' | 'body-date-line';

export interface ImageRef {
  /** The src as written in the article. */
  src: string;
  kind: 'local' | 'remote';
  /** Absolute path of the file a local image names; null when there is none. Whether it may be copied is checked later. */
  path: string | null;
  alt: string;
  title: string;
  caption: string;
}

export interface ParsedArticle {
  format: ArticleFormat;
  /** Detected encoding: 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', 'big5'. */
  encoding: string;
  title: string;
  /** Epoch milliseconds (local and day kinds: the written clock read as UTC); 0 when undated. */
  date: number;
  dateKind: DateKind;
  /** Where the date came from; null when undated (the file's mtime is never used: in a git checkout it is the clone's day). */
  dateSource: DateSource | null;
  /** Clean source name for the library pane ('rfi.fr', '泡泡', 'iYouPort'). */
  source: string;
  author: string | null;
  /** Canonical URL: tracking parameters and fragment removed. */
  url: string | null;
  /**
   * Sanitised body HTML (title not repeated). Every <img> carries data-folio-ref="i",
   * the index of its entry in images; its src attribute is removed.
   */
  html: string;
  /** Plain text of the body: block elements end lines, paragraphs separated by a blank line. */
  text: string;
  images: ImageRef[];
}

/** Why a file is not an article. The report groups by these sentences, so they carry no per-file detail. */
export type SkipReason =
  | 'site infrastructure'
  | 'site page'
  | 'link list'
  | 'not an article file type'
  | 'binary file'
  | 'empty'
  | 'hidden file'
  | 'link leads outside the folder'
  | 'too large';

export type FailReason =
  | 'unreadable (permission denied)'
  | 'could not be read'
  | 'vanished during import'
  | 'symbolic link loop'
  | 'encoding not recognised'
  | 'too complex to import'
  | 'malformed file';

export type ParseOutcome =
  | { kind: 'article'; article: ParsedArticle }
  | { kind: 'skip'; reason: SkipReason }
  | { kind: 'fail'; reason: FailReason; detail?: string };

export interface FileInput {
  /** Raw file bytes. */
  bytes: Uint8Array;
  /** Absolute path of the file. */
  path: string;
  /** Absolute path of the folder the user imported (the file is inside it). */
  root: string;
  /** Where the file sits when the folder is a static site's repository; null when it is not one. */
  sitePlace: SitePlace | null;
}
