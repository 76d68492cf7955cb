// Builds one segment from a batch of tokenised documents. Local document numbers
// are the batch order; the segment maps them to article ids.
import type { DocTokens } from '../tokenize';
import { SegmentFileWriter } from './segment-file-writer';

export interface SegmentDoc {
  articleId: number;
  tokens: DocTokens;
}

/** Growable parallel columns of (term, doc) pairs. */
class Pairs {
  term: Uint32Array = new Uint32Array(1 << 16);
  doc: Uint32Array = new Uint32Array(1 << 16);
  titleTf: Uint32Array = new Uint32Array(1 << 16);
  bodyTf: Uint32Array = new Uint32Array(1 << 16);
  /** Start of the pair's positions in the batch-wide positions array; unigrams have none. */
  posStart: Uint32Array = new Uint32Array(1 << 16);
  length = 0;

  push(term: number, doc: number, titleTf: number, bodyTf: number, posStart: number): void {
    if (this.length === this.term.length) this.grow();
    const i = this.length++;
    this.term[i] = term;
    this.doc[i] = doc;
    this.titleTf[i] = titleTf;
    this.bodyTf[i] = bodyTf;
    this.posStart[i] = posStart;
  }

  private grow(): void {
    const g = (a: Uint32Array): Uint32Array => {
      const b = new Uint32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.term = g(this.term);
    this.doc = g(this.doc);
    this.titleTf = g(this.titleTf);
    this.bodyTf = g(this.bodyTf);
    this.posStart = g(this.posStart);
  }
}

class TermTable {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  readonly positional: boolean[] = [];

  id(name: string, positional: boolean): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
      this.positional.push(positional);
    }
    return id;
  }
}

function concatPositions(docs: SegmentDoc[]): Uint32Array {
  let total = 0;
  for (const d of docs) total += d.tokens.positions.length;
  const all = new Uint32Array(total);
  let at = 0;
  for (const d of docs) {
    all.set(d.tokens.positions, at);
    at += d.tokens.positions.length;
  }
  return all;
}

function collectPairs(docs: SegmentDoc[], terms: TermTable, pairs: Pairs): void {
  let posBase = 0;
  docs.forEach((doc, local) => {
    const t = doc.tokens;
    let pos = posBase;
    for (let i = 0; i < t.terms.length; i++) {
      const title = t.counts[2 * i] as number;
      const body = t.counts[2 * i + 1] as number;
      pairs.push(terms.id(t.terms[i] as string, true), local, title, body, pos);
      pos += title + body;
    }
    for (let i = 0; i < t.unigrams.length; i++) {
      pairs.push(terms.id(t.unigrams[i] as string, false), local, t.unigramCounts[2 * i] as number, t.unigramCounts[2 * i + 1] as number, 0);
    }
    posBase += t.positions.length;
  });
}

/** Pair indexes grouped by term id; within a term, documents stay ascending (counting sort is stable). */
function pairsByTerm(pairs: Pairs, termCount: number): { order: Uint32Array; start: Uint32Array } {
  const start = new Uint32Array(termCount + 1);
  for (let i = 0; i < pairs.length; i++) (start[(pairs.term[i] as number) + 1] as number)++;
  for (let t = 0; t < termCount; t++) start[t + 1] = (start[t + 1] as number) + (start[t] as number);
  const fill = start.slice(0, termCount);
  const order = new Uint32Array(pairs.length);
  for (let i = 0; i < pairs.length; i++) order[(fill[pairs.term[i] as number] as number)++] = i;
  return { order, start };
}

/** Writes the batch as a segment file at path (fsynced). */
export function writeSegment(docs: SegmentDoc[], path: string): { bytes: number; terms: number } {
  const terms = new TermTable();
  const pairs = new Pairs();
  collectPairs(docs, terms, pairs);
  const positions = concatPositions(docs);
  const termCount = terms.names.length;
  const { order, start } = pairsByTerm(pairs, termCount);
  const sorted = Array.from({ length: termCount }, (_, i) => i).sort((a, b) => {
    const x = terms.names[a] as string;
    const y = terms.names[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });

  const out = new SegmentFileWriter(path);
  try {
    for (const termId of sorted) {
      out.beginTerm(terms.names[termId] as string);
      const from = start[termId] as number;
      const to = start[termId + 1] as number;
      let prevDoc = -1;
      for (let k = from; k < to; k++) {
        const p = order[k] as number;
        out.doc((pairs.doc[p] as number) - prevDoc, pairs.titleTf[p] as number, pairs.bodyTf[p] as number);
        prevDoc = pairs.doc[p] as number;
      }
      out.endDocs(to - from);
      if (terms.positional[termId]) {
        for (let k = from; k < to; k++) {
          const p = order[k] as number;
          let prev = 0;
          for (let j = pairs.posStart[p] as number, end = j + (pairs.titleTf[p] as number) + (pairs.bodyTf[p] as number); j < end; j++) {
            out.position((positions[j] as number) - prev);
            prev = positions[j] as number;
          }
        }
      }
      out.endTerm();
    }
    return out.finish({
      articleIds: Uint32Array.from(docs, (d) => d.articleId),
      titleLengths: Uint32Array.from(docs, (d) => d.tokens.titleLength),
      bodyLengths: Uint32Array.from(docs, (d) => d.tokens.bodyLength),
    });
  } catch (error) {
    out.abort();
    throw error;
  }
}
