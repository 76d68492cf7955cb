// What a worker hands back for one file: everything the main thread needs to
// store the article without doing any CPU-heavy work itself.
import type { FailReason, ParsedArticle, SkipReason } from './parse/parsed-article';
import type { SitePlace } from './parse/site-pages';

export interface FileTask {
  path: string;
  /** The bytes to open when the file's name is not valid UTF-8 (path spells them as %XX). */
  rawPath?: Uint8Array;
  root: string;
  sitePlace: SitePlace | null;
  size: number;
  mtimeMs: number;
  /** Content hash recorded at the last import of this path; equal bytes mean nothing to do. */
  knownHash: string | null;
}

export interface PreparedImage {
  position: number;
  remoteUrl: string | null;
  alt: string;
  title: string;
  caption: string;
  /** A local image found and recognised: where it is, what it will be stored as, and its pixel size when its header tells. */
  local: { path: string; id: string; mime: string; bytes: number; width: number | null; height: number | null } | null;
  /** Why a local image could not be used. */
  problem: string | null;
}

export interface PreparedArticle extends Pick<
  ParsedArticle,
  'format' | 'encoding' | 'title' | 'date' | 'dateKind' | 'dateSource' | 'source' | 'author' | 'url'
> {
  kind: 'article';
  fileHash: string;
  identity: string;
  /** What the identity was taken from: the canonical URL, or (without one) the text. */
  identityBy: 'url' | 'text';
  /** BCP 47 language (src/main/lang/detect-lang.ts). */
  lang: string;
  body: { hash: string; bytes: Uint8Array };
  /** The plain text: the library records its length, the index worker tokenises it (the body holds it compressed). */
  text: string;
  images: PreparedImage[];
}

export type PreparedFile =
  | PreparedArticle
  | { kind: 'same-content'; fileHash: string }
  | { kind: 'skip'; fileHash: string | null; reason: SkipReason }
  | { kind: 'fail'; fileHash: string | null; reason: FailReason; detail?: string };
