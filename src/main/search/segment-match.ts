// Finds the documents of one segment that match a term plan, with how often the
// term occurs in each document's title and body.
import type { DocList, SegmentReader } from './index/segment-reader';
import type { PhrasePart, TermPlan } from './term-plan';
import { BIGRAM_PREFIX, CHAR_PREFIX } from './tokenize';

/** Prefix expansion stops after this many words (the most frequent ones), so a one-letter prefix stays fast. */
export const MAX_PREFIX_TERMS = 128;

const EMPTY: DocList = { docs: new Uint32Array(0), titleTf: new Uint32Array(0), bodyTf: new Uint32Array(0) };

function exactTerm(reader: SegmentReader, term: string): DocList {
  const rank = reader.find(term);
  return rank < 0 ? EMPTY : reader.docList(rank);
}

/** The list of documents whose counts are not zero (every posting counts at least once). */
function fromCounts(title: Uint32Array, body: Uint32Array): DocList {
  let n = 0;
  for (let d = 0; d < title.length; d++) if ((title[d] as number) + (body[d] as number) > 0) n++;
  const out: DocList = { docs: new Uint32Array(n), titleTf: new Uint32Array(n), bodyTf: new Uint32Array(n) };
  for (let d = 0, k = 0; d < title.length; d++) {
    if ((title[d] as number) + (body[d] as number) === 0) continue;
    out.docs[k] = d;
    out.titleTf[k] = title[d] as number;
    out.bodyTf[k] = body[d] as number;
    k++;
  }
  return out;
}

/** Adds up document lists, summing the counts in per-document counters (a prefix can name many words). */
function union(lists: DocList[], docCount: number): DocList {
  if (lists.length === 1) return lists[0] as DocList;
  const title = new Uint32Array(docCount);
  const body = new Uint32Array(docCount);
  for (const l of lists) {
    for (let i = 0; i < l.docs.length; i++) {
      const d = l.docs[i] as number;
      title[d] = (title[d] as number) + (l.titleTf[i] as number);
      body[d] = (body[d] as number) + (l.bodyTf[i] as number);
    }
  }
  return fromCounts(title, body);
}

/** Every occurrence of a character starts a bigram or ends a CJK run (see tokenize.ts). */
function character(reader: SegmentReader, ch: string): DocList {
  const title = new Uint32Array(reader.docCount);
  const body = new Uint32Array(reader.docCount);
  const [from, to] = reader.prefixRange(BIGRAM_PREFIX + ch);
  reader.accumulateRange(from, to, title, body);
  const final = reader.find(CHAR_PREFIX + ch);
  if (final >= 0) reader.accumulateRange(final, final + 1, title, body);
  return fromCounts(title, body);
}

/** Documents present in every list; counts are the minimum over the lists (a lower bound on co-occurrence). */
function intersect(lists: DocList[]): DocList {
  if (lists.length === 0) return EMPTY;
  const sorted = [...lists].sort((a, b) => a.docs.length - b.docs.length);
  const base = sorted[0] as DocList;
  const cursors = sorted.map(() => 0);
  const docs: number[] = [];
  const titleTf: number[] = [];
  const bodyTf: number[] = [];
  outer: for (let i = 0; i < base.docs.length; i++) {
    const d = base.docs[i] as number;
    let t = base.titleTf[i] as number;
    let b = base.bodyTf[i] as number;
    for (let k = 1; k < sorted.length; k++) {
      const l = sorted[k] as DocList;
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
  return { docs: Uint32Array.from(docs), titleTf: Uint32Array.from(titleTf), bodyTf: Uint32Array.from(bodyTf) };
}

function prefixTerms(reader: SegmentReader, prefix: string): DocList {
  const [from, to] = reader.prefixRange(prefix);
  if (from === to) return EMPTY;
  let ranks = Array.from({ length: to - from }, (_, i) => from + i);
  if (ranks.length > MAX_PREFIX_TERMS) {
    const exact = reader.find(prefix);
    ranks = ranks.sort((a, b) => reader.df(b) - reader.df(a)).slice(0, MAX_PREFIX_TERMS);
    if (exact >= 0 && !ranks.includes(exact)) ranks.push(exact);
  }
  return union(
    ranks.map((r) => reader.docList(r)),
    reader.docCount,
  );
}

interface Located {
  list: DocList;
  positions: Uint32Array;
  /** posStart[i]: where document i's positions begin. */
  posStart: Uint32Array;
  cursor: number;
}

function locate(reader: SegmentReader, term: string): Located | null {
  const rank = reader.find(term);
  if (rank < 0) return null;
  const { positions, ...list } = reader.docListWithPositions(rank);
  const posStart = new Uint32Array(list.docs.length + 1);
  for (let i = 0; i < list.docs.length; i++) posStart[i + 1] = (posStart[i] as number) + (list.titleTf[i] as number) + (list.bodyTf[i] as number);
  return { list, positions, posStart, cursor: 0 };
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

/** Documents where every part sits at its offset from a common start; counts phrase occurrences. */
function phrase(reader: SegmentReader, parts: PhrasePart[]): DocList {
  if (parts.length === 1) return exactTerm(reader, (parts[0] as PhrasePart).term);
  const located = new Map<string, Located>();
  for (const part of parts) {
    if (located.has(part.term)) continue;
    const l = locate(reader, part.term);
    if (!l) return EMPTY;
    located.set(part.term, l);
  }
  const anchor = located.get((parts[0] as PhrasePart).term) as Located;
  const docs: number[] = [];
  const titleTf: number[] = [];
  const bodyTf: number[] = [];
  for (let i = 0; i < anchor.list.docs.length; i++) {
    const d = anchor.list.docs[i] as number;
    const index = new Map<Located, number>();
    let everywhere = true;
    for (const l of located.values()) {
      while (l.cursor < l.list.docs.length && (l.list.docs[l.cursor] as number) < d) l.cursor++;
      if (l.list.docs[l.cursor] !== d) {
        everywhere = false;
        break;
      }
      index.set(l, l.cursor);
    }
    if (!everywhere) continue;
    let t = 0;
    let b = 0;
    const titleLength = reader.titleLengths[d] as number;
    for (let k = anchor.posStart[i] as number; k < (anchor.posStart[i + 1] as number); k++) {
      const start = (anchor.positions[k] as number) - (parts[0] as PhrasePart).offset;
      const all = parts.every((part) => {
        const l = located.get(part.term) as Located;
        return hasPosition(l, index.get(l) as number, start + part.offset);
      });
      if (!all) continue;
      if (start < titleLength) t++;
      else b++;
    }
    if (t + b === 0) continue;
    docs.push(d);
    titleTf.push(t);
    bodyTf.push(b);
  }
  return { docs: Uint32Array.from(docs), titleTf: Uint32Array.from(titleTf), bodyTf: Uint32Array.from(bodyTf) };
}

export function matchInSegment(reader: SegmentReader, plan: TermPlan): DocList {
  switch (plan.kind) {
    case 'char':
      return character(reader, plan.char);
    case 'phrase':
      return phrase(reader, plan.parts);
    case 'prefix':
      return prefixTerms(reader, plan.prefix);
    case 'verify':
      return intersect(plan.parts.map((p) => matchInSegment(reader, p)));
    case 'nothing':
      return EMPTY;
  }
}
