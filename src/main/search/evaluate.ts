// Evaluates a parsed query over the live index into dense per-article arrays:
// which articles match, and their BM25 score. Dense arrays (one slot per article
// id) make AND / OR / NOT a single pass each and keep ranking cost independent of
// how many segments the index has.
import type { SegmentSet } from './index/segment-set';
import type { QueryNode } from './query-parser';
import { matchInSegment } from './segment-match';
import { planTerm } from './term-plan';

/** BM25 constants; a title occurrence counts as TITLE_WEIGHT body occurrences. */
const K1 = 1.2;
const B = 0.75;
export const TITLE_WEIGHT = 3;

export interface DenseHits {
  present: Uint8Array;
  score: Float32Array;
}

export interface Evaluation {
  hits: DenseHits;
  /** Terms the index could only narrow down: every hit must also contain each of these (checked on the text). */
  verify: { text: string; prefix: boolean }[];
}

function emptyHits(n: number): DenseHits {
  return { present: new Uint8Array(n), score: new Float32Array(n) };
}

function termHits(index: SegmentSet, text: string, prefix: boolean): { hits: DenseHits; needsVerify: boolean } {
  const plan = planTerm(text, prefix);
  const n = index.universe;
  const hits = emptyHits(n);
  const perSegment = index.segments.map((seg) => ({ seg, list: matchInSegment(seg.reader, plan) }));
  let df = 0;
  for (const { seg, list } of perSegment) for (const d of list.docs) if (!seg.dead[d]) df++;
  if (df === 0) return { hits, needsVerify: plan.kind === 'verify' };
  const live = Math.max(index.liveDocs, df);
  const idf = Math.log(1 + (live - df + 0.5) / (df + 0.5));
  const avg = index.avgBodyLength;
  for (const { seg, list } of perSegment) {
    const { articleIds, bodyLengths } = seg.reader;
    for (let i = 0; i < list.docs.length; i++) {
      const d = list.docs[i] as number;
      if (seg.dead[d]) continue;
      const tf = TITLE_WEIGHT * (list.titleTf[i] as number) + (list.bodyTf[i] as number);
      const norm = K1 * (1 - B + (B * (bodyLengths[d] as number)) / avg);
      const id = articleIds[d] as number;
      hits.present[id] = 1;
      hits.score[id] = (hits.score[id] as number) + (idf * tf * (K1 + 1)) / (tf + norm);
    }
  }
  return { hits, needsVerify: plan.kind === 'verify' };
}

function liveHits(index: SegmentSet): DenseHits {
  const hits = emptyHits(index.universe);
  for (let id = 0; id < hits.present.length; id++) if (index.isLive(id)) hits.present[id] = 1;
  return hits;
}

function combine(parts: DenseHits[], op: 'and' | 'or', n: number): DenseHits {
  const out = emptyHits(n);
  if (op === 'and') out.present.fill(1);
  for (const p of parts) {
    for (let i = 0; i < n; i++) {
      out.present[i] = op === 'and' ? (out.present[i] as number) & (p.present[i] as number) : (out.present[i] as number) | (p.present[i] as number);
      out.score[i] = (out.score[i] as number) + (p.score[i] as number);
    }
  }
  return out;
}

function negate(child: DenseHits, live: DenseHits): DenseHits {
  const out = emptyHits(child.present.length);
  for (let i = 0; i < out.present.length; i++) out.present[i] = (live.present[i] as number) & ((child.present[i] as number) ^ 1);
  return out;
}

export function evaluate(index: SegmentSet, root: QueryNode): Evaluation {
  const verify: Evaluation['verify'] = [];
  let live: DenseHits | null = null;
  const liveOnce = (): DenseHits => (live ??= liveHits(index));

  // Only terms ANDed at the top level are verified exactly; under OR or NOT a
  // verify-term keeps its index candidates (a superset), which is documented.
  const walk = (node: QueryNode, topLevel: boolean): DenseHits => {
    switch (node.kind) {
      case 'term': {
        const { hits, needsVerify } = termHits(index, node.text, node.prefix);
        if (needsVerify && topLevel) verify.push({ text: node.text, prefix: node.prefix });
        return hits;
      }
      case 'and':
        return combine(
          node.children.map((c) => walk(c, topLevel)),
          'and',
          index.universe,
        );
      case 'or':
        return combine(
          node.children.map((c) => walk(c, false)),
          'or',
          index.universe,
        );
      case 'not':
        return negate(walk(node.child, false), liveOnce());
    }
  };
  return { hits: walk(root, true), verify };
}
