// Finds the documents of one segment that match a term plan, with how often the
// term occurs in each document's title and body. Counts are weighted: the word
// as typed counts 1, a form sharing its stem STEM_WEIGHT, a completion of the word
// being typed PREFIX_WEIGHT — so the exact form ranks above its inflections.
import type { DocList, SegmentReader } from './index/segment-reader';
import { sharesStem } from './stem';
import type { PhrasePart, TermPlan } from './term-plan';
import { UNIGRAMS_SINCE } from './index/segment-format';
import { BIGRAM_PREFIX, CHAR_PREFIX, UNIGRAM_PREFIX, WORD_PREFIX } from './tokenize';

/** Prefix expansion stops after this many words (the most frequent ones), so a one-letter prefix stays fast. */
export const MAX_PREFIX_TERMS = 128;
/** Dictionary words looked at for a stem's forms: an anchor is ≥ 3 letters, so this is never reached in practice. */
const MAX_STEM_SCAN = 20_000;
export const STEM_WEIGHT = 0.7;
export const PREFIX_WEIGHT = 0.5;

/** Documents (segment-local, ascending) with weighted title and body counts. */
export interface TermDocs {
  docs: Uint32Array;
  titleTf: Float32Array;
  bodyTf: Float32Array;
}

const EMPTY: TermDocs = { docs: new Uint32Array(0), titleTf: new Float32Array(0), bodyTf: new Float32Array(0) };

const weighted = (l: DocList): TermDocs => ({ docs: l.docs, titleTf: Float32Array.from(l.titleTf), bodyTf: Float32Array.from(l.bodyTf) });

/** The list of documents whose counts are not zero (every posting counts something). */
function fromCounts(title: Float32Array | Uint32Array, body: Float32Array | Uint32Array): TermDocs {
  let n = 0;
  for (let d = 0; d < title.length; d++) if ((title[d] as number) + (body[d] as number) > 0) n++;
  const out: TermDocs = { docs: new Uint32Array(n), titleTf: new Float32Array(n), bodyTf: new Float32Array(n) };
  for (let d = 0, k = 0; d < title.length; d++) {
    if ((title[d] as number) + (body[d] as number) === 0) continue;
    out.docs[k] = d;
    out.titleTf[k] = title[d] as number;
    out.bodyTf[k] = body[d] as number;
    k++;
  }
  return out;
}

/**
 * A character's own list (format 5); in older segments, the bigrams it starts plus the runs it
 * ends: every occurrence of a character does one or the other (see tokenize.ts).
 */
function character(reader: SegmentReader, ch: string): TermDocs {
  if (reader.version >= UNIGRAMS_SINCE) {
    const rank = reader.find(UNIGRAM_PREFIX + ch);
    return rank < 0 ? EMPTY : weighted(reader.docList(rank));
  }
  const title = new Uint32Array(reader.docCount);
  const body = new Uint32Array(reader.docCount);
  const [from, to] = reader.prefixRange(BIGRAM_PREFIX + ch);
  reader.accumulateRange(from, to, title, body);
  const final = reader.find(CHAR_PREFIX + ch);
  if (final >= 0) reader.accumulateRange(final, final + 1, title, body);
  return fromCounts(title, body);
}

export interface WeightedRank {
  rank: number;
  weight: number;
}

/** The dictionary words a word term stands for: itself, its inflections, its completions while typed. */
export function wordRanks(reader: SegmentReader, plan: Extract<TermPlan, { kind: 'word' }>): WeightedRank[] {
  const out = new Map<number, number>();
  const exact = reader.find(plan.term);
  if (exact >= 0) out.set(exact, 1);
  if (plan.prefix) {
    const [from, to] = reader.prefixRange(plan.term);
    let ranks = Array.from({ length: to - from }, (_, i) => from + i);
    if (ranks.length > MAX_PREFIX_TERMS) ranks = ranks.sort((a, b) => reader.df(b) - reader.df(a)).slice(0, MAX_PREFIX_TERMS);
    for (const r of ranks) if (!out.has(r)) out.set(r, PREFIX_WEIGHT);
  }
  if (plan.stem) {
    const [from, to] = reader.prefixRange(WORD_PREFIX + plan.stem.anchor);
    for (let r = from; r < Math.min(to, from + MAX_STEM_SCAN); r++) {
      if (out.get(r) === 1) continue;
      if (sharesStem(reader.termName(r).slice(WORD_PREFIX.length), plan.stem)) out.set(r, STEM_WEIGHT);
    }
  }
  return [...out].map(([rank, weight]) => ({ rank, weight }));
}

/** Adds up the words' document lists with their weights, in per-document counters. */
function words(reader: SegmentReader, ranks: WeightedRank[]): TermDocs {
  if (ranks.length === 0) return EMPTY;
  if (ranks.length === 1 && (ranks[0] as WeightedRank).weight === 1) return weighted(reader.docList((ranks[0] as WeightedRank).rank));
  const title = new Float32Array(reader.docCount);
  const body = new Float32Array(reader.docCount);
  for (const { rank, weight } of ranks) {
    const l = reader.docList(rank);
    for (let i = 0; i < l.docs.length; i++) {
      const d = l.docs[i] as number;
      title[d] = (title[d] as number) + weight * (l.titleTf[i] as number);
      body[d] = (body[d] as number) + weight * (l.bodyTf[i] as number);
    }
  }
  return fromCounts(title, body);
}

/** Documents present in every list; counts are the minimum over the lists (a lower bound on co-occurrence). */
function intersect(lists: TermDocs[]): TermDocs {
  if (lists.length === 0) return EMPTY;
  const sorted = [...lists].sort((a, b) => a.docs.length - b.docs.length);
  const base = sorted[0] as TermDocs;
  const cursors = sorted.map(() => 0);
  const docs: number[] = [];
  const titleTf: number[] = [];
  const bodyTf: number[] = [];
  outer: for (let i = 0; i < base.docs.length; i++) {
    const d = base.docs[i] as number;
    let t = base.titleTf[i] as number;
    let b = base.bodyTf[i] as number;
    for (let k = 1; k < sorted.length; k++) {
      const l = sorted[k] as TermDocs;
      let c = cursors[k] as number;
      while (c < l.docs.length && (l.docs[c] as number) < d) c++;
      cursors[k] = c;
      if (c >= l.docs.length || l.docs[c] !== d) continue outer;
      t = Math.min(t, l.titleTf[c] as number);
      b = Math.min(b, l.bodyTf[c] as number);
    }
    docs.push(d);
    titleTf.push(t);
    bodyTf.push(b);
  }
  return { docs: Uint32Array.from(docs), titleTf: Float32Array.from(titleTf), bodyTf: Float32Array.from(bodyTf) };
}

interface Located {
  list: DocList;
  positions: Uint32Array;
  /** posStart[i]: where document i's positions begin. */
  posStart: Uint32Array;
  cursor: number;
}

function locate(reader: SegmentReader, rank: number): Located {
  const { positions, ...list } = reader.docListWithPositions(rank);
  const posStart = new Uint32Array(list.docs.length + 1);
  for (let i = 0; i < list.docs.length; i++)
    posStart[i + 1] = (posStart[i] as number) + (list.titleTf[i] as number) + (list.bodyTf[i] as number);
  return { list, positions, posStart, cursor: 0 };
}

/** Moves l's cursor to document d; its index there, or −1 when l does not hold d. */
function seek(l: Located, d: number): number {
  while (l.cursor < l.list.docs.length && (l.list.docs[l.cursor] as number) < d) l.cursor++;
  return l.list.docs[l.cursor] === d ? l.cursor : -1;
}

function hasPosition(l: Located, docIndex: number, p: number): boolean {
  let lo = l.posStart[docIndex] as number;
  let hi = l.posStart[docIndex + 1] as number;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = l.positions[mid] as number;
    if (v === p) return true;
    if (v < p) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

/**
 * Every document where all parts sit at their offsets from a common start, with those
 * starts (the phrase's positions). wanted limits the documents looked at (null: all).
 */
function phraseStarts(reader: SegmentReader, parts: PhrasePart[], wanted: ((d: number) => boolean) | null): Map<number, number[]> {
  const out = new Map<number, number[]>();
  // Each distinct term is located once (a phrase may repeat one: 哈哈哈); partOf[p] is part p's.
  // Plain arrays and loops, no per-document maps or closures: a frequent phrase's anchor has thousands of documents.
  const located: Located[] = [];
  const terms: string[] = [];
  const partOf: number[] = [];
  for (const part of parts) {
    let j = terms.indexOf(part.term);
    if (j < 0) {
      const rank = reader.find(part.term);
      if (rank < 0) return out;
      j = located.push(locate(reader, rank)) - 1;
      terms.push(part.term);
    }
    partOf.push(j);
  }
  const first = parts[0] as PhrasePart;
  const anchor = located[partOf[0] as number] as Located;
  /** at[j]: where the document being looked at stands in located[j]'s list. */
  const at = new Int32Array(located.length);
  for (let i = 0; i < anchor.list.docs.length; i++) {
    const d = anchor.list.docs[i] as number;
    if (wanted && !wanted(d)) continue;
    let everywhere = true;
    for (let j = 0; j < located.length && everywhere; j++) {
      const k = seek(located[j] as Located, d);
      everywhere = k >= 0;
      at[j] = k;
    }
    if (!everywhere) continue;
    let starts: number[] | null = null;
    for (let k = anchor.posStart[i] as number; k < (anchor.posStart[i + 1] as number); k++) {
      const start = (anchor.positions[k] as number) - first.offset;
      let all = true;
      for (let p = 0; p < parts.length && all; p++) {
        const j = partOf[p] as number;
        all = hasPosition(located[j] as Located, at[j] as number, start + (parts[p] as PhrasePart).offset);
      }
      if (all) (starts ??= []).push(start);
    }
    if (starts) out.set(d, starts);
  }
  return out;
}

/** Phrase occurrences per document, split at the title's end. */
function phrase(reader: SegmentReader, parts: PhrasePart[]): TermDocs {
  if (parts.length === 1) {
    const rank = reader.find((parts[0] as PhrasePart).term);
    return rank < 0 ? EMPTY : weighted(reader.docList(rank));
  }
  const starts = phraseStarts(reader, parts, null);
  const out: TermDocs = {
    docs: new Uint32Array(starts.size),
    titleTf: new Float32Array(starts.size),
    bodyTf: new Float32Array(starts.size),
  };
  let k = 0;
  for (const [d, list] of starts) {
    const titleLength = reader.titleLengths[d] as number;
    let t = 0;
    for (const s of list) if (s < titleLength) t++;
    out.docs[k] = d;
    out.titleTf[k] = t;
    out.bodyTf[k] = list.length - t;
    k++;
  }
  return out;
}

export function matchInSegment(reader: SegmentReader, plan: TermPlan): TermDocs {
  switch (plan.kind) {
    case 'char':
      return character(reader, plan.char);
    case 'phrase':
      return phrase(reader, plan.parts);
    case 'word':
      return words(reader, wordRanks(reader, plan));
    case 'verify':
      return intersect(plan.parts.map((p) => matchInSegment(reader, p)));
    case 'nothing':
      return EMPTY;
  }
}

/** Words of a prefix or stem looked at for proximity: the most weighted, most frequent few are where terms meet. */
const PROXIMITY_WORDS = 8;

/**
 * Where the term starts in each wanted document (positions, ascending), for proximity;
 * null for terms the index keeps no positions for (one CJK character, verified terms).
 */
export function termStarts(reader: SegmentReader, plan: TermPlan, wanted: (d: number) => boolean): Map<number, number[]> | null {
  if (plan.kind === 'phrase') return phraseStarts(reader, plan.parts, wanted);
  if (plan.kind !== 'word') return null;
  const ranks = wordRanks(reader, plan)
    .sort((a, b) => b.weight - a.weight || reader.df(b.rank) - reader.df(a.rank))
    .slice(0, PROXIMITY_WORDS);
  const out = new Map<number, number[]>();
  for (const { rank } of ranks) {
    const l = locate(reader, rank);
    for (let i = 0; i < l.list.docs.length; i++) {
      const d = l.list.docs[i] as number;
      if (!wanted(d)) continue;
      const list = out.get(d) ?? [];
      for (let k = l.posStart[i] as number; k < (l.posStart[i + 1] as number); k++) list.push(l.positions[k] as number);
      out.set(d, list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => a - b);
  return out;
}
