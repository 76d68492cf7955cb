// What a worker hands back for one file: everything the main thread needs to
// store the article without doing any CPU-heavy work itself.
import type { FailReason, ParsedArticle, SkipReason } from './parsed-article';

export interface FileTask {
  path: string;
  root: string;
  size: number;
  mtimeMs: number;
  /** Content hash recorded at the last import of this path; equal bytes mean nothing to do. */
  knownHash: string | null;
}

/** DocTokens flattened for postMessage: the name lists become one string each, the rest are transferable buffers. */
export interface PackedTokens {
  termKeys: Uint32Array;
  termNames: string;
  counts: Uint32Array;
  positions: Uint32Array;
  charKeys: Uint32Array;
  charNames: string;
  charCounts: Uint32Array;
  titleLength: number;
  bodyLength: number;
}

/** The buffers of packed tokens, to move (not copy) across threads. */
export function tokenBuffers(t: PackedTokens): ArrayBuffer[] {
  return [t.termKeys, t.counts, t.positions, t.charKeys, t.charCounts].map((a) => a.buffer as ArrayBuffer);
}

export interface PreparedImage {
  position: number;
  remoteUrl: string | null;
  alt: string;
  title: string;
  caption: string;
  /** A local image found and recognised: where it is and what it will be stored as. */
  local: { path: string; id: string; mime: string; bytes: number } | null;
  /** Why a local image could not be used. */
  problem: string | null;
}

export interface PreparedArticle
  extends Pick<ParsedArticle, 'format' | 'encoding' | 'title' | 'date' | 'dateSource' | 'dateGuessed' | 'source' | 'author' | 'url'> {
  kind: 'article';
  fileHash: string;
  identity: string;
  textLength: number;
  body: { hash: string; bytes: Uint8Array };
  tokens: PackedTokens;
  images: PreparedImage[];
}

export type PreparedFile =
  | PreparedArticle
  | { kind: 'same-content'; fileHash: string }
  | { kind: 'skip'; fileHash: string; reason: SkipReason }
  | { kind: 'fail'; fileHash: string | null; reason: FailReason; detail?: string };
