// Search normalisation, identical for article text and queries: NFKC,
// lowercase, accents dropped from Latin/Greek/Cyrillic letters, invisible
// format characters dropped, Traditional → Simplified Chinese by character
// (fold-table.ts folds one character).
//
// It works character by character so that every unit of the result knows the
// character of the input it came from; that offset map is what lets a
// Simplified query highlight Traditional characters in the original text.
// Context only matters for combining marks:
//  - marks after a Latin/Greek/Cyrillic letter are dropped (`Zu\u0308rich` → `zurich`);
//  - marks after anything else are kept, and when NFKC would compose them with
//    the character before (`か\u3099` → `が`) the composed cluster is emitted,
//    every unit of it mapped to the cluster's first character.
// Hangul jamo sequences are not composed (each jamo is a letter, not a mark);
// precomposed Hangul and kana with voicing marks are never decomposed.
import { HIGH_SURROGATE, MANY, MARK, ONE, endsAlphabetic, foldAstral, foldCharacter, foldKind, foldTables } from './fold-table';
import type { FoldTables } from './fold-table';

const KEEP_CAPACITY = 1 << 20;

/** Growable output, reused between calls: normalisation runs once per article at import, so allocation shows. */
class Output {
  units = new Uint16Array(1024);
  offsets = new Int32Array(1025);
  length = 0;
  withOffsets = false;

  /** Makes room for `extra` more units (plus the final offset). */
  reserve(extra: number): void {
    if (this.length + extra <= this.units.length) return;
    const capacity = Math.max(this.units.length * 2, this.length + extra);
    const units = new Uint16Array(capacity);
    units.set(this.units.subarray(0, this.length));
    this.units = units;
    const offsets = new Int32Array(capacity + 1);
    if (this.withOffsets) offsets.set(this.offsets.subarray(0, this.length));
    this.offsets = offsets;
  }

  push(s: string, from: number): void {
    this.reserve(s.length);
    for (let t = 0; t < s.length; t++) {
      this.units[this.length] = s.charCodeAt(t);
      this.offsets[this.length] = from;
      this.length++;
    }
  }

  /** Drops a buffer grown for one huge text, so it is not held for the life of the process. */
  shrink(): void {
    if (this.units.length <= KEEP_CAPACITY) return;
    this.units = new Uint16Array(1024);
    this.offsets = new Int32Array(1025);
  }

  text(): string {
    // Buffer copies UTF-16 units as they are (lone surrogates too), several times faster than String.fromCharCode.
    return Buffer.from(this.units.buffer, 0, this.length * 2).toString('utf16le');
  }
}

const output = new Output();

/** The fold of the character ending just before `end` (the base of a run of marks), and where it starts. */
function baseBefore(s: string, end: number, t: FoldTables): { start: number; folded: string } {
  const last = s.charCodeAt(end - 1);
  if (last >= 0xdc00 && last <= 0xdfff && end >= 2) {
    const high = s.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return { start: end - 2, folded: foldAstral(s.codePointAt(end - 2) as number) };
  }
  const one = t.single[last] as number;
  const folded = one !== 0 ? String.fromCharCode(one) : t.kind[last] === MANY ? (t.multi.get(last) as string) : (s[end - 1] as string);
  return { start: end - 1, folded };
}

/** Emits the run of combining marks s[i, j), which follows the last character emitted. */
function emitMarks(s: string, i: number, j: number, out: Output, t: FoldTables): void {
  const base = i > 0 ? baseBefore(s, i, t) : null;
  if (base && endsAlphabetic(base.folded)) return; // accents on Latin/Greek/Cyrillic letters
  if (base) {
    const composed = s.slice(base.start, j).normalize('NFKC');
    let separate = s.slice(base.start, i).normalize('NFKC');
    for (let m = i; m < j; m++) separate += (s[m] as string).normalize('NFKC');
    if (composed !== separate) {
      out.length -= base.folded.length;
      for (const ch of composed) out.push(foldCharacter(ch), base.start);
      return;
    }
  }
  for (let m = i; m < j; m++) out.push(t.multi.get(s.charCodeAt(m)) as string, m);
}

/** An article's worth of 0, 1, 2, …: copying them is several times faster than writing them one by one. */
const IDENTITY_CAPACITY = 1 << 16;
let identity = new Int32Array(0);

/** offsets[k] = k for k < n. */
function fillIdentity(offsets: Int32Array, n: number): void {
  if (identity.length < Math.min(n, IDENTITY_CAPACITY)) {
    const capacity = Math.min(IDENTITY_CAPACITY, Math.max(n, 2 * identity.length, 1024));
    identity = Int32Array.from({ length: capacity }, (_, k) => k);
  }
  offsets.set(identity.subarray(0, Math.min(n, identity.length)));
  for (let k = identity.length; k < n; k++) offsets[k] = k;
}

/**
 * Folds the run of characters from s[i] that fold to one unit each (most of any text) into
 * units[o…], and their indices into offsets[o…] when given; returns where the run ends in s.
 * Kept apart from the rarer cases so that the loop stays this tight: it is most of a snippet's matching.
 */
function foldOneToOne(s: string, i: number, single: Uint16Array, units: Uint16Array, o: number, offsets: Int32Array | null): number {
  const n = s.length;
  const shift = o - i;
  if (offsets === null) {
    for (; i < n; i++) {
      const one = single[s.charCodeAt(i)] as number;
      if (one === 0) break;
      units[i + shift] = one;
    }
  } else {
    for (; i < n; i++) {
      const one = single[s.charCodeAt(i)] as number;
      if (one === 0) break;
      units[i + shift] = one;
      offsets[i + shift] = i;
    }
  }
  return i;
}

/** Folds s into `output`; offsets are written only when asked for. */
function fold(s: string, withOffsets: boolean): Output {
  const t = foldTables();
  const { single } = t;
  const n = s.length;
  const out = output;
  out.length = 0;
  out.withOffsets = withOffsets;
  // Invariant: room for one unit per remaining input unit, so the hot path never checks capacity.
  out.reserve(n);
  // Up to the first character that does not fold to one unit, unit k comes from index k: the
  // offsets of that start (all of most texts) are not written one by one but copied at once.
  let i = foldOneToOne(s, 0, single, out.units, 0, null);
  if (withOffsets) fillIdentity(out.offsets, i);
  let o = i;
  while (i < n) {
    const c = s.charCodeAt(i);
    const k = foldKind(c);
    if (k === ONE) {
      // Seen for the first time (its entry is filled now), or the run after a rarer case.
      const end = foldOneToOne(s, i, single, out.units, o, withOffsets ? out.offsets : null);
      o += end - i;
      i = end;
      continue;
    }
    out.length = o;
    if (k === MANY) {
      out.push(t.multi.get(c) as string, i);
      i++;
    } else if (k === MARK) {
      let j = i + 1;
      while (j < n && foldKind(s.charCodeAt(j)) === MARK) j++;
      emitMarks(s, i, j, out, t);
      i = j;
    } else if (k === HIGH_SURROGATE) {
      const low = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        out.push(foldAstral(s.codePointAt(i) as number), i);
        i += 2;
      } else {
        out.push(s[i] as string, i); // a lone surrogate passes through
        i++;
      }
    }
    out.reserve(n - i);
    o = out.length;
  }
  out.length = o;
  out.offsets[o] = n; // offsets always has room for one past the end
  return out;
}

/** Folded text of s (no offsets): for queries and for tokenising at import time. */
export function normalize(s: string): string {
  const out = fold(s, false);
  const text = out.text();
  out.shrink();
  return text;
}

/** Folded text plus, for each UTF-16 unit i of the result, offsets[i] = index in s of the character it came from;
 *  offsets has length result.length + 1 and offsets[result.length] === s.length.
 *  offsets is a view of a buffer the next call reuses (a search maps fifty texts in a row, and
 *  copying each one's offsets was most of what it allocated): read it before normalising again. */
export function normalizeWithOffsets(s: string): { text: string; offsets: Int32Array } {
  const out = fold(s, true);
  const result = { text: out.text(), offsets: out.offsets.subarray(0, out.length + 1) };
  out.shrink();
  return result;
}
