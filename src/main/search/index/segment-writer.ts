// Builds one segment from tokenised documents, encoding each as it arrives.
// Local document numbers are the order of arrival; the segment maps them to
// article ids.
//
// Every imported token passes through here, so: BMP bigrams and characters are
// told apart by number (only words are hashed as strings); each posting is
// encoded once, into its term's stream, as its document is read; and the keyed
// terms are put in dictionary order by a numeric sort.
import { rmSync } from 'node:fs';
import { Column } from '../typed-arrays';
import { U32Map } from '../u32-map';
import { RUN_FINAL, bigramName, charName } from '../tokenize';
import type { DocTokens } from '../tokenize';
import { BitWriter } from './bits';
import { ChunkedStreams } from './chunked-streams';
import { positionParameter, writePositions } from './positions';
import { ByteReader, ByteWriter } from './varint';
import { SegmentFileWriter } from './segment-file-writer';
import { mergeSegments } from './segment-merge';
import { SegmentReader } from './segment-reader';
import { writePosting } from './postings';

export interface SegmentDoc {
  articleId: number;
  tokens: DocTokens;
}

/** A term's entry in kinds, values and state, and its two streams' first chunk and entry (chunked-streams.ts). */
const TERM_ENTRY_BYTES = 4 + 4 + 16 + 2 * (4 + 16);
const PAIR = 0;
const CHAR = 1;
const NAMED = 2;
// A term's entry in TermTable.state: the last document given a posting (−1: none yet), how many
// documents have one, and the bits of its positions stream not yet a whole byte (BitWriter.resume).
const LAST_DOC = 0;
const DF = 1;
const POS_ACC = 2;
const POS_BITS = 3;
const STATE_ENTRY = 4;

/** Terms numbered as first seen; a keyed term is named only when the dictionary is written. */
class TermTable {
  private readonly pairIds = new U32Map(16);
  /** By key: a BMP character's unigram below RUN_FINAL, its run-final term above. */
  private readonly charIds = new Int32Array(2 * RUN_FINAL).fill(-1);
  private readonly namedIds = new Map<string, number>();
  readonly kinds = new Column();
  /** Per term: the bigram key, the character key (tokenize.ts: charKeys), or the index of its name in `named`. */
  readonly values = new Column();
  readonly named: string[] = [];
  /**
   * Per term, STATE_ENTRY numbers side by side: indexing a document touches each of its terms'
   * state once, over a segment's hundreds of thousands of terms — one cache line, not four.
   */
  state: Int32Array = new Int32Array(STATE_ENTRY << 14);

  private add(kind: number, value: number): number {
    const id = this.kinds.length;
    this.kinds.push(kind);
    this.values.push(value);
    if (STATE_ENTRY * id === this.state.length) {
      const state = new Int32Array(2 * this.state.length);
      state.set(this.state);
      this.state = state;
    }
    this.state[STATE_ENTRY * id + LAST_DOC] = -1;
    return id;
  }

  pair(key: number): number {
    let id = this.pairIds.get(key);
    if (id < 0) {
      id = this.add(PAIR, key);
      this.pairIds.add(key, id);
    }
    return id;
  }

  char(key: number): number {
    let id = this.charIds[key] as number;
    if (id < 0) {
      id = this.add(CHAR, key);
      this.charIds[key] = id;
    }
    return id;
  }

  name(name: string): number {
    let id = this.namedIds.get(name);
    if (id === undefined) {
      id = this.add(NAMED, this.named.length);
      this.named.push(name);
      this.namedIds.set(name, id);
    }
    return id;
  }

  /** The bytes the terms fill in the per-term tables and the bigram map (word terms' names, few and short, left out). */
  get bytesHeld(): number {
    // The bigram map's three arrays are at most half full.
    return TERM_ENTRY_BYTES * this.kinds.length + 2 * 12 * this.pairIds.size;
  }

  nameOf(id: number): string {
    const value = this.values.data[id] as number;
    const kind = this.kinds.data[id];
    if (kind === PAIR) return bigramName(value);
    if (kind === CHAR) return charName(value);
    return this.named[value] as string;
  }
}

/** Ids of one kind ordered by their numeric value; for keyed terms that is the order of their names. */
function idsByValue(terms: TermTable, kind: number): number[] {
  const ID_BITS = 2 ** 21;
  const packed: number[] = [];
  const kinds = terms.kinds.view();
  const values = terms.values.view();
  for (let id = 0; id < kinds.length; id++) if (kinds[id] === kind) packed.push((values[id] as number) * ID_BITS + id);
  if (terms.kinds.length > ID_BITS) throw new Error('index segment has too many terms to sort');
  return Array.from(Float64Array.from(packed).sort(), (v) => v % ID_BITS);
}

/** Every term id in dictionary order (JS string order of the names). */
function dictionaryOrder(terms: TermTable): { ids: number[]; names: string[] } {
  const named = terms.named.map((name, index) => ({ name, index })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const byNameIndex = new Map<number, number>();
  const kinds = terms.kinds.view();
  for (let id = 0; id < kinds.length; id++) if (kinds[id] === NAMED) byNameIndex.set(terms.values.data[id] as number, id);
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

/**
 * One segment being built. Each document's postings are encoded into its terms'
 * streams as it is added, so the builder holds compressed postings — a few bytes
 * a token — and never the documents' token arrays.
 */
export class SegmentBuilder {
  private readonly terms = new TermTable();
  private readonly docStreams = new ChunkedStreams();
  private readonly posStreams = new ChunkedStreams();
  private readonly posWriter = new BitWriter(this.posStreams);
  private readonly articleIds = new Column();
  private readonly titleLengths = new Column();
  private readonly bodyLengths = new Column();
  /** Local number of each article's document; an article added again supersedes its earlier document. */
  private readonly localOf = new Map<number, number>();
  private readonly superseded: number[] = [];

  get docCount(): number {
    return this.localOf.size;
  }

  /**
   * Roughly the memory the documents added so far fill (the arrays holding them are up to twice
   * that, as they grow by doubling): what bounds a segment while an import builds it.
   */
  get bytesHeld(): number {
    return this.docStreams.bytesHeld + this.posStreams.bytesHeld + this.terms.bytesHeld + 12 * this.articleIds.length;
  }

  private posting(id: number, local: number, title: number, body: number): void {
    const state = this.terms.state;
    const entry = STATE_ENTRY * id;
    this.docStreams.select(id);
    writePosting(this.docStreams, local - (state[entry + LAST_DOC] as number), title, body);
    state[entry + LAST_DOC] = local;
    state[entry + DF] = (state[entry + DF] as number) + 1;
  }

  /**
   * Positions are coded for the file as they arrive (their Rice parameter depends
   * only on the document), each term's stream continuing at the bit where the
   * last document left it, so writing the segment copies them as they are.
   */
  private positions(id: number, values: Uint32Array, from: number, n: number, k: number): void {
    const { terms, posStreams, posWriter } = this;
    posStreams.select(id);
    const state = terms.state;
    const entry = STATE_ENTRY * id;
    posWriter.resume(state[entry + POS_ACC] as number, state[entry + POS_BITS] as number);
    writePositions(posWriter, k, values, from, n);
    state[entry + POS_ACC] = posWriter.pendingBits;
    state[entry + POS_BITS] = posWriter.pending;
  }

  add(articleId: number, t: DocTokens): void {
    const local = this.articleIds.length;
    const earlier = this.localOf.get(articleId);
    if (earlier !== undefined) this.superseded.push(earlier);
    this.localOf.set(articleId, local);
    this.articleIds.push(articleId);
    this.titleLengths.push(t.titleLength);
    this.bodyLengths.push(t.bodyLength);
    const { terms } = this;
    let p = 0;
    let named = 0;
    for (let i = 0; i < t.termKeys.length; i++) {
      const key = t.termKeys[i] as number;
      const id = key !== 0 ? terms.pair(key) : terms.name(t.termNames[named++] as string);
      const title = t.counts[2 * i] as number;
      const body = t.counts[2 * i + 1] as number;
      this.posting(id, local, title, body);
      this.positions(id, t.positions, p, title + body, positionParameter(t.titleLength, t.bodyLength, title + body));
      p += title + body;
    }
    named = 0;
    for (let i = 0; i < t.charKeys.length; i++) {
      const key = t.charKeys[i] as number;
      const id = key !== 0 ? terms.char(key) : terms.name(t.charNames[named++] as string);
      this.posting(id, local, t.charCounts[2 * i] as number, t.charCounts[2 * i + 1] as number);
    }
  }

  /** Writes the segment file at path (fsynced). */
  write(path: string): { bytes: number; terms: number; checks: Uint8Array } {
    if (this.superseded.length === 0) return this.writeAll(path);
    // Rare (one article changed twice in a job): write everything, then merge away the superseded documents.
    const whole = `${path}.whole`;
    this.writeAll(whole);
    const reader = new SegmentReader(whole);
    try {
      const dead = new Uint8Array(reader.docCount);
      for (const local of this.superseded) dead[local] = 1;
      return mergeSegments([{ reader, dead }], path);
    } finally {
      reader.close();
      rmSync(whole, { force: true });
    }
  }

  private writeAll(path: string): { bytes: number; terms: number; checks: Uint8Array } {
    const { terms, docStreams, posStreams } = this;
    const order = dictionaryOrder(terms);
    const out = new SegmentFileWriter(path, {
      articleIds: this.articleIds.slice(),
      titleLengths: this.titleLengths.slice(),
      bodyLengths: this.bodyLengths.slice(),
    });
    const docs = new ByteWriter(1 << 16);
    const gatherDocs = (bytes: Uint8Array): void => docs.bytes(bytes);
    const copyPositions = (bytes: Uint8Array): void => out.rawPositions(bytes, bytes.length * 8);
    const tail = new Uint8Array(1);
    try {
      order.ids.forEach((id, rank) => {
        const df = terms.state[STATE_ENTRY * id + DF] as number;
        out.beginTerm(order.names[rank] as string, df);
        docs.length = 0;
        docStreams.forEachRun(id, gatherDocs);
        recodePostings(docs.result(), df, out);
        out.endDocs();
        posStreams.forEachRun(id, copyPositions);
        // The stream's last bits, short of a byte, are still in the term's state.
        tail[0] = terms.state[STATE_ENTRY * id + POS_ACC] as number;
        out.rawPositions(tail, terms.state[STATE_ENTRY * id + POS_BITS] as number);
        out.endTerm();
      });
      return out.finish();
    } catch (error) {
      out.abort();
      throw error;
    }
  }
}

/**
 * Writes postings kept in memory in version 3's varint coding (cheap to append)
 * to the file in the current coding, whose parameter needs the term's final
 * document frequency.
 */
function recodePostings(bytes: Uint8Array, df: number, out: SegmentFileWriter): void {
  const postings = new ByteReader(bytes);
  for (let i = 0; i < df; i++) {
    const head = postings.varint();
    if (head % 2 === 1) {
      out.doc((head - 1) / 2, 0, 1);
      continue;
    }
    const word = postings.varint();
    out.doc(head / 2, word % 2 === 1 ? postings.varint() : 0, Math.floor(word / 2));
  }
}

/** Writes a batch of documents as a segment file at path (fsynced). */
export function writeSegment(docs: SegmentDoc[], path: string): { bytes: number; terms: number; checks: Uint8Array } {
  const builder = new SegmentBuilder();
  for (const doc of docs) builder.add(doc.articleId, doc.tokens);
  return builder.write(path);
}
