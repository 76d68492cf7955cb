// A document's tokens as they cross from a parse worker to the index worker:
// packed by the worker that tokenised the file, unpacked by the one that writes
// the segment.
import type { DocTokens } from '../tokenize';

export const TERM_SEPARATOR = '\n';

/**
 * DocTokens flattened for postMessage: the name lists become one string each and the
 * five number columns share one buffer, so a document crosses threads with one transfer.
 */
export interface PackedTokens {
  /** termKeys, counts, positions, charKeys, charCounts, one after another. */
  numbers: Uint32Array;
  terms: number;
  positions: number;
  chars: number;
  termNames: string;
  charNames: string;
  titleLength: number;
  bodyLength: number;
}

export function packTokens(t: DocTokens): PackedTokens {
  const columns = [t.termKeys, t.counts, t.positions, t.charKeys, t.charCounts];
  const numbers = new Uint32Array(columns.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of columns) {
    numbers.set(c, at);
    at += c.length;
  }
  return {
    numbers,
    terms: t.termKeys.length,
    positions: t.positions.length,
    chars: t.charKeys.length,
    termNames: t.termNames.join(TERM_SEPARATOR),
    charNames: t.charNames.join(TERM_SEPARATOR),
    titleLength: t.titleLength,
    bodyLength: t.bodyLength,
  };
}

export function unpackTokens(p: PackedTokens): DocTokens {
  // ''.split() gives [''], and no name is empty (each has its prefix).
  const split = (s: string): string[] => (s === '' ? [] : s.split(TERM_SEPARATOR));
  let at = 0;
  const take = (n: number): Uint32Array => p.numbers.subarray(at, (at += n));
  return {
    termKeys: take(p.terms),
    counts: take(2 * p.terms),
    positions: take(p.positions),
    charKeys: take(p.chars),
    charCounts: take(2 * p.chars),
    termNames: split(p.termNames),
    charNames: split(p.charNames),
    titleLength: p.titleLength,
    bodyLength: p.bodyLength,
  };
}
