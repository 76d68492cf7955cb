// What counts as a hit. The index must find exactly the articles where this
// finds a match; snippets and the reading pane highlight exactly these ranges.
//
// Both the text and the pattern are normalised (normalize.ts) and the pattern
// is cut into segments, maximal runs of one character class (char-class.ts);
// separator runs at either end of the pattern are dropped, and a pattern with
// no letters left matches nothing. A pattern matches at a position of the
// normalised text when its segments match one after another, with nothing in
// between:
//  - a CJK segment matches the same characters (a substring: no boundaries);
//  - a pattern with a stem (one plain word, not quoted) also matches every whole word
//    sharing that English stem (stem.ts): `vaccine` matches `Vaccines`;
//  - a WORD segment matches the same characters, and may not cut a word:
//    if it is the first segment, the character before the match is not WORD;
//    if it is the last segment, the character after the match is not WORD,
//    unless the pattern is a prefix (the word being typed);
//  - a SEPARATOR segment with a WORD segment on either side matches any run of
//    one or more separator characters (`new york` finds `New-York`, `New  York`);
//  - a SEPARATOR segment between two CJK segments matches exactly the same
//    characters (`京，习` finds only `京，习`), so a pattern of CJK characters and
//    punctuation is plain substring search.
// Matches may overlap (`哈哈` in `哈哈哈`); the ranges returned are those matches
// mapped back to the original text — from the first character the match comes
// from to the start of the first character after it, so an accent mark dropped
// by normalisation stays inside — sorted, with overlapping ranges merged
// (ranges that only touch stay apart).
import type { Range } from '../../shared/model';
import { classOf, SEPARATOR, WORD } from './char-class';
import type { CharClass } from './char-class';
import { normalize, normalizeWithOffsets } from './normalize';
import type { QueryNode } from './query-parser';
import { sharesStem, stemTarget } from './stem';
import type { StemTarget } from './stem';

export interface TextPattern {
  /** Normalised text. */
  text: string;
  /** The last word may be the start of a longer word. */
  prefix: boolean;
  /** A plain word's inflections match too. */
  stem?: StemTarget | null;
}

interface Segment {
  cls: CharClass;
  text: string;
  /** Separator segments only: any run of separators matches. */
  anySeparators: boolean;
}

interface CompiledPattern {
  segments: Segment[];
  prefix: boolean;
  /** One word matched by its stem: found by the stem's anchor, then the whole word is tested. */
  stem: StemTarget | null;
  /** What every match starts with: the first segment's text, or the stem's anchor when shorter. */
  anchor: string;
  /** The unit of the anchor searched for (see scanUnit). */
  scanAt: number;
}

/** Lowercase letters, most frequent in English text first. */
const LETTERS_BY_FREQUENCY = 'etaoinsrhldcumfpgwybvkxjqz';

/**
 * How often a search for unit c stops in vain, roughly (lower is better). V8's indexOf finds a
 * character by memchr over its larger byte: a CJK character whose larger byte is its high one
 * (0x4E–0x9F) stops at a good share of all CJK text — 中 (0x4E2D) at 一, 不, 人, 为, 了, 上… —
 * while one whose low byte is larger (国, 0x56FD) is found as if the text were empty. Searching
 * 中国 for 国 and checking the 中 before it was ten times faster; English letters go by frequency.
 */
function falseStops(c: number): number {
  if (c < 0x80) {
    const rank = LETTERS_BY_FREQUENCY.indexOf(String.fromCharCode(c));
    return rank < 0 ? LETTERS_BY_FREQUENCY.length / 2 : LETTERS_BY_FREQUENCY.length - rank;
  }
  return (c & 0xff) > c >> 8 ? 0 : 2 * LETTERS_BY_FREQUENCY.length;
}

/** Index in the anchor of the unit to search a text for: the one whose search stops least in vain. */
function scanUnit(anchor: string): number {
  let best = 0;
  for (let i = 1; i < anchor.length; i++) if (falseStops(anchor.charCodeAt(i)) < falseStops(anchor.charCodeAt(best))) best = i;
  return best;
}

function codePointAt(s: string, i: number): number {
  return s.codePointAt(i) as number;
}

/** Code point ending just before index i (0 when i is the start). */
function codePointBefore(s: string, i: number): number {
  if (i <= 0) return 0;
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return codePointAt(s, i - 2);
  }
  return low;
}

function compile(pattern: TextPattern): CompiledPattern | null {
  const text = normalize(pattern.text);
  const segments: Segment[] = [];
  for (const ch of text) {
    const cls = classOf(ch.codePointAt(0) as number);
    const last = segments[segments.length - 1];
    if (last && last.cls === cls) last.text += ch;
    else segments.push({ cls, text: ch, anySeparators: false });
  }
  while (segments[0]?.cls === SEPARATOR) segments.shift();
  while (segments[segments.length - 1]?.cls === SEPARATOR) segments.pop();
  if (segments.length === 0) return null;
  segments.forEach((seg, k) => {
    if (seg.cls === SEPARATOR) seg.anySeparators = segments[k - 1]?.cls === WORD || segments[k + 1]?.cls === WORD;
  });
  const stem = pattern.stem && segments.length === 1 && segments[0]?.cls === WORD ? pattern.stem : null;
  const typed = (segments[0] as Segment).text;
  const anchor = stem && stem.anchor.length < typed.length ? stem.anchor : typed;
  return { segments, prefix: pattern.prefix, stem, anchor, scanAt: scanUnit(anchor) };
}

/** End of the whole word starting at `start`. */
function wordEnd(text: string, start: number): number {
  let q = start;
  while (q < text.length) {
    const cp = codePointAt(text, q);
    if (classOf(cp) !== WORD) break;
    q += cp > 0xffff ? 2 : 1;
  }
  return q;
}

/** End of the word at `start` when it is the pattern's word, one of its inflections or (typing) a completion; else -1. */
function stemMatchAt(text: string, start: number, pattern: CompiledPattern, stem: StemTarget): number {
  if (classOf(codePointBefore(text, start)) === WORD) return -1;
  const end = wordEnd(text, start);
  const word = text.slice(start, end);
  const typed = (pattern.segments[0] as Segment).text;
  return word === typed || (pattern.prefix && word.startsWith(typed)) || sharesStem(word, stem) ? end : -1;
}

/** End of the match of `pattern` whose first segment was found at `start`, or -1. */
function matchAt(text: string, start: number, pattern: CompiledPattern): number {
  const { segments } = pattern;
  const first = segments[0] as Segment;
  if (first.cls === WORD && classOf(codePointBefore(text, start)) === WORD) return -1;
  let q = start + first.text.length;
  for (let k = 1; k < segments.length; k++) {
    const seg = segments[k] as Segment;
    if (seg.anySeparators) {
      const runStart = q;
      while (q < text.length) {
        const cp = codePointAt(text, q);
        if (classOf(cp) !== SEPARATOR) break;
        q += cp > 0xffff ? 2 : 1;
      }
      if (q === runStart) return -1;
    } else {
      if (!text.startsWith(seg.text, q)) return -1;
      q += seg.text.length;
    }
  }
  const last = segments[segments.length - 1] as Segment;
  if (last.cls === WORD && !pattern.prefix && q < text.length && classOf(codePointAt(text, q)) === WORD) return -1;
  return q;
}

// Matches are kept as flat [start, end, start, end, …] number arrays until the
// end: a text can hold millions of them, and millions of small arrays cost seconds.

/** The first `limit` matches of one pattern in normalised text, in text order. */
function matchesIn(text: string, pattern: CompiledPattern, limit: number): number[] {
  const found: number[] = [];
  const { stem, anchor, scanAt } = pattern;
  const unit = anchor[scanAt] as string;
  for (let q = text.indexOf(unit, scanAt); q !== -1 && found.length < 2 * limit; q = text.indexOf(unit, q + 1)) {
    const p = q - scanAt;
    if (!text.startsWith(anchor, p)) continue;
    const end = stem ? stemMatchAt(text, p, pattern, stem) : matchAt(text, p, pattern);
    if (end !== -1) found.push(p, end);
  }
  return found;
}

/**
 * A function giving where the pattern first matches in already normalised text, or -1
 * (ranking tests thousands of titles kept normalised); null for a pattern that matches nothing.
 */
export function firstMatcher(pattern: TextPattern): ((normalizedText: string) => number) | null {
  const compiled = compile(pattern);
  if (!compiled) return null;
  return (text) => {
    const found = matchesIn(text, compiled, 1);
    return found.length > 0 ? (found[0] as number) : -1;
  };
}

/** Merges flat match lists, each in text order, into one in text order. */
function mergeLists(lists: number[][]): number[] {
  if (lists.length === 1) return lists[0] as number[];
  const all = lists.flat();
  const at = (i: number): number => all[i] as number;
  const order = Array.from({ length: all.length / 2 }, (_, k) => 2 * k).sort((x, y) => at(x) - at(y) || at(x + 1) - at(y + 1));
  const merged: number[] = [];
  for (const i of order) merged.push(at(i), at(i + 1));
  return merged;
}

/** Ranges in `original` (UTF-16 offsets) where any pattern matches, sorted, non-overlapping (merge overlaps).
 *  With a limit, only the first `limit` matches of each pattern are looked for and at most `limit` ranges are
 *  returned, none after the point where a pattern stopped: the earliest matches, a bound for pathological texts
 *  (a 9 MB run of one character matching a 1-character query 3 million times). */
export function findMatches(original: string, patterns: TextPattern[], options?: { limit?: number }): Range[] {
  return textMatcher(patterns)(original, options);
}

/** findMatches with the patterns compiled once, for the many texts of a page of hits (titles, snippets). */
export function textMatcher(patterns: TextPattern[]): (original: string, options?: { limit?: number }) => Range[] {
  const compiled = patterns.map(compile).filter((p): p is CompiledPattern => p !== null);
  return (original, options) => matchCompiled(original, compiled, options?.limit ?? Infinity);
}

function matchCompiled(original: string, compiled: CompiledPattern[], limit: number): Range[] {
  if (compiled.length === 0 || original.length === 0 || limit <= 0) return [];
  const { text, offsets } = normalizeWithOffsets(original);
  let stoppedAt = Infinity;
  const found = mergeLists(
    compiled.map((pattern) => {
      const list = matchesIn(text, pattern, limit);
      if (list.length >= 2 * limit) stoppedAt = Math.min(stoppedAt, list[list.length - 2] as number);
      return list;
    }),
  );
  const ranges: Range[] = [];
  for (let i = 0; i < found.length && (found[i] as number) <= stoppedAt; i += 2) {
    const end = found[i + 1] as number;
    const lastSource = offsets[end - 1] as number;
    let k = end;
    while ((offsets[k] as number) <= lastSource) k++; // end inside a ligature or expansion: take all of it
    const a = offsets[found[i] as number] as number;
    const b = offsets[k] as number;
    // Mapping keeps starts in order, but matches inside one expanded character (㍿ → 株式会社) now overlap.
    const last = ranges[ranges.length - 1];
    if (last && a < last[1]) last[1] = Math.max(last[1], b);
    else if (ranges.length < limit) ranges.push([a, b]);
    else break;
  }
  return ranges;
}

/** Patterns of the terms a match must highlight: positive terms only (not under 'not'), without repeats. */
export function patternsOf(root: QueryNode | null): TextPattern[] {
  const patterns = new Map<string, TextPattern>();
  const visit = (node: QueryNode): void => {
    if (node.kind === 'term') {
      const stem = node.quoted ? null : stemTarget(node.text);
      if (node.text)
        patterns.set(`${node.prefix ? '*' : ' '}${stem ? '~' : ' '}${node.text}`, {
          text: node.text,
          prefix: node.prefix,
          ...(stem ? { stem } : {}),
        });
    } else if (node.kind === 'and' || node.kind === 'or') {
      node.children.forEach(visit);
    }
  };
  if (root) visit(root);
  return [...patterns.values()];
}
