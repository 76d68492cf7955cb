// Terms near each other outrank terms far apart: for the best-ranked candidates of
// a query of several terms, the smallest window of index positions holding every
// term, compared with the terms' own length. Positions are read from the index
// (never the text), for the candidates only.
import type { RankedTerm } from '../evaluate';
import type { SegmentSet } from '../index/segment-set';
import { termStarts } from '../segment-match';
import { planLength } from '../term-plan';

interface Occurrences {
  starts: number[];
  length: number;
}

/** Length of the smallest window holding one occurrence of each term (a k-way sweep over sorted starts). */
export function smallestWindow(terms: readonly Occurrences[]): number {
  const at = terms.map(() => 0);
  let best = Infinity;
  for (;;) {
    let lo = Infinity;
    let hi = -Infinity;
    let lowest = -1;
    terms.forEach((t, k) => {
      const p = t.starts[at[k] as number] as number;
      if (p < lo) {
        lo = p;
        lowest = k;
      }
      hi = Math.max(hi, p + t.length);
    });
    best = Math.min(best, hi - lo);
    const next = (at[lowest] as number) + 1;
    if (next >= (terms[lowest] as Occurrences).starts.length) return best;
    at[lowest] = next;
  }
}

/**
 * 1 when the terms stand together (side by side, or only the bigram joining two CJK
 * terms between them), falling towards 0 as they spread; only terms the index keeps
 * positions of take part, and fewer than two of them give no proximity at all.
 */
export function proximityOf(terms: readonly Occurrences[]): number {
  if (terms.length < 2) return 0;
  const ideal = terms.reduce((n, t) => n + t.length, 0) + terms.length - 1;
  return Math.min(1, ideal / smallestWindow(terms));
}

/** Proximity (0–1) of each article in ids. */
export function proximities(index: SegmentSet, terms: readonly RankedTerm[], ids: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  const bySegment = new Map<(typeof index.segments)[number], Map<number, number>>();
  for (const id of ids) {
    const at = index.where(id);
    if (!at) continue;
    const locals = bySegment.get(at.segment) ?? new Map<number, number>();
    locals.set(at.local, id);
    bySegment.set(at.segment, locals);
  }
  for (const [segment, locals] of bySegment) {
    const wanted = (d: number): boolean => locals.has(d);
    const perTerm = terms.flatMap((t) => {
      const starts = termStarts(segment.reader, t.plan, wanted);
      return starts ? [{ starts, length: planLength(t.plan) }] : [];
    });
    if (perTerm.length < 2) continue;
    for (const [local, id] of locals) {
      const occurrences = perTerm.flatMap((t) => {
        const starts = t.starts.get(local);
        return starts ? [{ starts, length: t.length }] : [];
      });
      if (occurrences.length === perTerm.length) out.set(id, proximityOf(occurrences));
    }
  }
  return out;
}
