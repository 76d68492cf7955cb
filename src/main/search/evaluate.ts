// Evaluates a parsed query over the live index into dense per-article arrays:
// which articles match, their BM25F score split by field, and how many of the
// query's terms their title holds. Dense arrays (one slot per article id) make
// AND / OR / NOT a single pass each and keep ranking cost independent of how many
// segments the index has.
import type { SegmentSet } from './index/segment-set';
import type { QueryNode } from './query-parser';
import { bm25f, idfOf, maxTermScore } from './rank/bm25f';
import { matchInSegment } from './segment-match';
import type { TermDocs } from './segment-match';
import { planTerm } from './term-plan';
import type { TermPlan } from './term-plan';

export interface DenseHits {
  present: Uint8Array;
  /** BM25F: what the titles and the bodies contribute. */
  title: Float32Array;
  body: Float32Array;
  /** How many of the AND's terms (an OR counting once) occur in the title. */
  titleTerms: Uint8Array;
}

/** A positive term of the top-level AND: what the title-phrase and proximity parts of the ranking look at. */
export interface RankedTerm {
  text: string;
  prefix: boolean;
  quoted: boolean;
  plan: TermPlan;
}

/** Checked between pieces of work: throws to stop a search that ran past its budget or was superseded. */
export interface Budget {
  check(): void;
}

export interface Evaluation {
  hits: DenseHits;
  /** Terms the index could only narrow down: every hit must also contain each of these (checked on the text). */
  verify: { text: string; prefix: boolean }[];
  /** The top-level AND's positive terms in query order; empty when the top level holds an OR. */
  terms: RankedTerm[];
  /** How many top-level clauses a title must hold for the whole query to be in it. */
  clauses: number;
  /** The sum of the terms' saturation limits: the scale the ranking's bonuses are stated in. */
  scale: number;
}

export function emptyHits(n: number): DenseHits {
  return { present: new Uint8Array(n), title: new Float32Array(n), body: new Float32Array(n), titleTerms: new Uint8Array(n) };
}

function termHits(index: SegmentSet, plan: TermPlan, budget: Budget): { hits: DenseHits; idf: number } {
  const n = index.universe;
  const hits = emptyHits(n);
  const perSegment: { seg: (typeof index.segments)[number]; list: TermDocs }[] = [];
  for (const seg of index.segments) {
    budget.check();
    perSegment.push({ seg, list: matchInSegment(seg.reader, plan) });
  }
  let df = 0;
  // Indexed, not for…of: iterating a typed array was a tenth of a frequent character's evaluation.
  for (const { seg, list } of perSegment) for (let i = 0; i < list.docs.length; i++) if (!seg.dead[list.docs[i] as number]) df++;
  if (df === 0) return { hits, idf: 0 };
  const idf = idfOf(df, index.liveDocs);
  const len = { title: 0, body: 0, avgTitle: index.avgTitleLength, avgBody: index.avgBodyLength };
  const s = { title: 0, body: 0 };
  for (const { seg, list } of perSegment) {
    const { articleIds, bodyLengths, titleLengths } = seg.reader;
    for (let i = 0; i < list.docs.length; i++) {
      const d = list.docs[i] as number;
      if (seg.dead[d]) continue;
      const titleTf = list.titleTf[i] as number;
      len.title = titleLengths[d] as number;
      len.body = bodyLengths[d] as number;
      bm25f(idf, titleTf, list.bodyTf[i] as number, len, s);
      const id = articleIds[d] as number;
      hits.present[id] = 1;
      hits.title[id] = s.title;
      hits.body[id] = s.body;
      hits.titleTerms[id] = titleTf > 0 ? 1 : 0;
    }
  }
  return { hits, idf };
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
      out.present[i] =
        op === 'and' ? (out.present[i] as number) & (p.present[i] as number) : (out.present[i] as number) | (p.present[i] as number);
      out.title[i] = (out.title[i] as number) + (p.title[i] as number);
      out.body[i] = (out.body[i] as number) + (p.body[i] as number);
      const t = p.titleTerms[i] as number;
      out.titleTerms[i] = op === 'and' ? (out.titleTerms[i] as number) + t : Math.max(out.titleTerms[i] as number, t);
    }
  }
  return out;
}

function negate(child: DenseHits, live: DenseHits): DenseHits {
  const out = emptyHits(child.present.length);
  for (let i = 0; i < out.present.length; i++) out.present[i] = (live.present[i] as number) & ((child.present[i] as number) ^ 1);
  return out;
}

const NO_BUDGET: Budget = { check: () => undefined };

export function evaluate(index: SegmentSet, root: QueryNode, budget: Budget = NO_BUDGET): Evaluation {
  const verify: Evaluation['verify'] = [];
  const terms: RankedTerm[] = [];
  let scale = 0;
  let live: DenseHits | null = null;
  const liveOnce = (): DenseHits => (live ??= liveHits(index));
  const top = root.kind === 'and' ? root.children : [root];
  const hasOr = top.some((c) => c.kind === 'or');

  // Only terms ANDed at the top level are verified exactly; under OR or NOT a
  // verify-term keeps its index candidates (a superset), which is documented.
  const walk = (node: QueryNode, topLevel: boolean, positive = true): DenseHits => {
    switch (node.kind) {
      case 'term': {
        const plan = planTerm(node.text, node.prefix, node.quoted);
        const { hits, idf } = termHits(index, plan, budget);
        if (positive) scale += maxTermScore(idf);
        if (plan.kind === 'verify' && topLevel) verify.push({ text: node.text, prefix: node.prefix });
        if (topLevel && !hasOr) terms.push({ text: node.text, prefix: node.prefix, quoted: node.quoted, plan });
        return hits;
      }
      case 'and':
        return combine(
          node.children.map((c) => walk(c, topLevel, positive)),
          'and',
          index.universe,
        );
      case 'or':
        return combine(
          node.children.map((c) => walk(c, false, positive)),
          'or',
          index.universe,
        );
      case 'not':
        return negate(walk(node.child, false, false), liveOnce());
    }
  };
  const hits = walk(root, true);
  return { hits, verify, terms, clauses: top.filter((c) => c.kind !== 'not').length, scale };
}
