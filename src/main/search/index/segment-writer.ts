// Builds one segment from a batch of tokenised documents. Local document numbers
// are the batch order; the segment maps them to article ids.
//
// Every imported token passes through here, so: BMP bigrams and characters are
// told apart by number (only words are hashed as strings); each posting is
// encoded once, into its term's stream, as its document is read; and the keyed
// terms are put in dictionary order by a numeric sort.
import { increment } from '../typed-arrays';
import { U32Map } from '../u32-map';
import { bigramName, charName } from '../tokenize';
import type { DocTokens } from '../tokenize';
import { ChunkedStreams } from './chunked-streams';
import { SegmentFileWriter } from './segment-file-writer';
import { writePosting } from './postings';

export interface SegmentDoc {
  articleId: number;
  tokens: DocTokens;
}

const PAIR = 0;
const CHAR = 1;
const NAMED = 2;

/** Terms numbered as first seen; a keyed term is named only when the dictionary is written. */
class TermTable {
  private readonly pairIds = new U32Map(16);
  private readonly charIds = new Int32Array(0x10000).fill(-1);
  private readonly namedIds = new Map<string, number>();
  readonly kinds: number[] = [];
  /** Per term: the bigram key, the character code, or the index of its name in `named`. */
  readonly values: number[] = [];
  readonly named: string[] = [];
  readonly positional: boolean[] = [];
  /** Per term: the last document given a posting (−1: none yet), and how many documents have one. */
  lastDoc: Int32Array = new Int32Array(1 << 14);
  df: Uint32Array = new Uint32Array(1 << 14);

  private add(kind: number, value: number, positional: boolean): number {
    const id = this.kinds.length;
    this.kinds.push(kind);
    this.values.push(value);
    this.positional.push(positional);
    if (id === this.df.length) {
      const lastDoc = new Int32Array(id * 2);
      lastDoc.set(this.lastDoc);
      this.lastDoc = lastDoc;
      const df = new Uint32Array(id * 2);
      df.set(this.df);
      this.df = df;
    }
    this.lastDoc[id] = -1;
    return id;
  }

  pair(key: number): number {
    let id = this.pairIds.get(key);
    if (id < 0) {
      id = this.add(PAIR, key, true);
      this.pairIds.add(key, id);
    }
    return id;
  }

  char(code: number): number {
    let id = this.charIds[code] as number;
    if (id < 0) {
      id = this.add(CHAR, code, false);
      this.charIds[code] = id;
    }
    return id;
  }

  name(name: string, positional: boolean): number {
    let id = this.namedIds.get(name);
    if (id === undefined) {
      id = this.add(NAMED, this.named.length, positional);
      this.named.push(name);
      this.namedIds.set(name, id);
    }
    return id;
  }

  nameOf(id: number): string {
    const value = this.values[id] as number;
    if (this.kinds[id] === PAIR) return bigramName(value);
    if (this.kinds[id] === CHAR) return charName(value);
    return this.named[value] as string;
  }
}

/** Ids of one kind ordered by their numeric value; for keyed terms that is the order of their names. */
function idsByValue(terms: TermTable, kind: number): number[] {
  const ID_BITS = 2 ** 21;
  const packed: number[] = [];
  terms.kinds.forEach((k, id) => {
    if (k === kind) packed.push((terms.values[id] as number) * ID_BITS + id);
  });
  if (terms.kinds.length > ID_BITS) throw new Error('index segment has too many terms to sort');
  return Array.from(Float64Array.from(packed).sort(), (v) => v % ID_BITS);
}

/** Every term id in dictionary order (JS string order of the names). */
function dictionaryOrder(terms: TermTable): { ids: number[]; names: string[] } {
  const named = terms.named.map((name, index) => ({ name, index })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const namedIds = terms.kinds.map((k, id) => (k === NAMED ? id : -1)).filter((id) => id >= 0);
  const byNameIndex = new Map(namedIds.map((id) => [terms.values[id] as number, id]));
  const lists = [idsByValue(terms, PAIR), idsByValue(terms, CHAR), named.map((n) => byNameIndex.get(n.index) as number)];
  // Merge the three sorted lists by name; keyed names are made once each, here.
  const heads = lists.map(() => 0);
  const headName = lists.map((l) => (l.length > 0 ? terms.nameOf(l[0] as number) : null));
  const ids: number[] = [];
  const names: string[] = [];
  for (;;) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      const n = headName[i];
      if (n !== null && n !== undefined && (best < 0 || n < (headName[best] as string))) best = i;
    }
    if (best < 0) return { ids, names };
    const list = lists[best] as number[];
    ids.push(list[heads[best] as number] as number);
    names.push(headName[best] as string);
    const next = (heads[best] as number) + 1;
    heads[best] = next;
    headName[best] = next < list.length ? terms.nameOf(list[next] as number) : null;
  }
}

/** Unsigned varints written into a reusable scratch buffer, then appended to a stream in one copy. */
class Scratch {
  bytes = new Uint8Array(1 << 12);
  length = 0;

  varint(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let v = value >>> 0;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }

  flushTo(streams: ChunkedStreams, s: number): void {
    streams.append(s, this.bytes, this.length);
    this.length = 0;
  }
}

/** Encodes every document's postings into per-term streams. */
function encodePostings(docs: SegmentDoc[], terms: TermTable, docStreams: ChunkedStreams, posStreams: ChunkedStreams): void {
  const scratch = new Scratch();
  const posting = (id: number, local: number, title: number, body: number): void => {
    writePosting(scratch, local - (terms.lastDoc[id] as number), title, body);
    scratch.flushTo(docStreams, id);
    terms.lastDoc[id] = local;
    increment(terms.df, id);
  };
  docs.forEach((doc, local) => {
    const t = doc.tokens;
    let p = 0;
    for (let i = 0; i < t.termKeys.length; i++) {
      const key = t.termKeys[i] as number;
      const id = key !== 0 ? terms.pair(key) : terms.name(t.termNames[i] as string, true);
      const title = t.counts[2 * i] as number;
      const body = t.counts[2 * i + 1] as number;
      posting(id, local, title, body);
      let prev = 0;
      for (const end = p + title + body; p < end; p++) {
        const at = t.positions[p] as number;
        scratch.varint(at - prev);
        prev = at;
      }
      scratch.flushTo(posStreams, id);
    }
    for (let i = 0; i < t.charKeys.length; i++) {
      const key = t.charKeys[i] as number;
      const id = key !== 0 ? terms.char(key) : terms.name(t.charNames[i] as string, false);
      posting(id, local, t.charCounts[2 * i] as number, t.charCounts[2 * i + 1] as number);
    }
  });
}

/** Writes the batch as a segment file at path (fsynced). */
export function writeSegment(docs: SegmentDoc[], path: string): { bytes: number; terms: number; checks: Uint8Array } {
  const terms = new TermTable();
  const docStreams = new ChunkedStreams();
  const posStreams = new ChunkedStreams();
  encodePostings(docs, terms, docStreams, posStreams);
  const order = dictionaryOrder(terms);

  const out = new SegmentFileWriter(path);
  try {
    const copyDocs = (bytes: Uint8Array): void => out.rawDocs(bytes);
    const copyPositions = (bytes: Uint8Array): void => out.rawPositions(bytes);
    order.ids.forEach((id, rank) => {
      out.beginTerm(order.names[rank] as string);
      docStreams.forEachRun(id, copyDocs);
      out.endDocs(terms.df[id] as number);
      posStreams.forEachRun(id, copyPositions);
      out.endTerm();
    });
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
