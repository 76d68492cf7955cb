// Read access to one segment file. The dictionary and per-document columns are
// loaded once; postings are read from the file on demand (the OS page cache keeps
// hot terms in memory, and the process does not hold the whole index).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { readScratch } from './scratch-read';
import { SegmentChecks, SegmentDamage } from './segment-checks';
import { ByteReader } from './varint';
import { PostingReader } from './postings';
import { HEADER_BYTES, layoutOf, readHeader } from './segment-format';

/** One term's document list, decoded. Documents are segment-local numbers, ascending. */
export interface DocList {
  docs: Uint32Array;
  titleTf: Uint32Array;
  bodyTf: Uint32Array;
}

export type Section = 'docs' | 'positions';

export class SegmentReader {
  readonly version: number;
  readonly docCount: number;
  readonly termCount: number;
  readonly articleIds: Uint32Array;
  readonly titleLengths: Uint32Array;
  readonly bodyLengths: Uint32Array;
  private readonly textStart: Uint32Array;
  private readonly dfs: Uint32Array;
  private readonly starts: Record<Section, Float64Array | Uint32Array>;
  private readonly offsets: Record<Section, number>;
  private readonly text: Uint16Array;
  private fd: number | null;
  readonly bytes: number;
  /** Checks reads against the checksums the manifest recorded (none for segments written before them). */
  private readonly checks: SegmentChecks | null;

  constructor(
    readonly path: string,
    recordedChecks: Uint8Array | null = null,
  ) {
    this.fd = openSync(path, 'r');
    try {
      this.bytes = fstatSync(this.fd).size;
      this.checks = recordedChecks ? new SegmentChecks(recordedChecks, this.fd, path) : null;
      if (this.checks && this.checks.fileBytes !== this.bytes) {
        throw new SegmentDamage(`index segment ${path} is cut short or has the wrong length`);
      }
      this.checks?.verify(0, HEADER_BYTES);
      const head = new Uint8Array(HEADER_BYTES);
      readSync(this.fd, head, 0, HEADER_BYTES, 0);
      const header = readHeader(head);
      const layout = layoutOf(header);
      if (layout.end !== this.bytes) throw new Error(`index segment ${path} is truncated`);
      // With checksums the dictionary is read from the start of its first block, so that one read is also checked.
      // A fresh ArrayBuffer from an 8-byte aligned offset keeps every section aligned for the typed-array views.
      const from = this.checks ? this.checks.blockStart(layout.columns) : layout.columns;
      const tail = new Uint8Array(layout.end - from);
      readSync(this.fd, tail, 0, tail.length, from);
      this.checks?.checkRead(from, tail);
      const view = <T>(make: new (b: ArrayBuffer, o: number, n: number) => T, at: number, n: number): T => new make(tail.buffer, at - from, n);
      this.version = header.version;
      this.docCount = header.docCount;
      this.termCount = header.termCount;
      this.articleIds = view(Uint32Array, layout.columns, header.docCount);
      this.titleLengths = view(Uint32Array, layout.columns + header.docCount * 4, header.docCount);
      this.bodyLengths = view(Uint32Array, layout.columns + header.docCount * 8, header.docCount);
      this.textStart = view(Uint32Array, layout.textStart, header.termCount + 1);
      this.dfs = view(Uint32Array, layout.df, header.termCount);
      const offsets = (at: number): Float64Array | Uint32Array =>
        header.version === 2 ? view(Float64Array, at, header.termCount + 1) : view(Uint32Array, at, header.termCount + 1);
      this.starts = { docs: offsets(layout.docsStart), positions: offsets(layout.positionsStart) };
      this.offsets = { docs: layout.docs, positions: layout.positions };
      this.text = view(Uint16Array, layout.text, header.termChars);
    } catch (error) {
      closeSync(this.fd);
      this.fd = null;
      throw error;
    }
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  /** Checks every byte against the recorded checksums (folio check); a segment written without them passes. */
  verifyAll(): void {
    this.checks?.verify(0, this.bytes);
  }

  termName(rank: number): string {
    const from = this.textStart[rank] as number;
    const to = this.textStart[rank + 1] as number;
    return String.fromCharCode(...this.text.subarray(from, to));
  }

  df(rank: number): number {
    return this.dfs[rank] as number;
  }

  /** Compares the dictionary term at rank with s, in JS string order. */
  private compare(rank: number, s: string): number {
    const from = this.textStart[rank] as number;
    const len = (this.textStart[rank + 1] as number) - from;
    const n = Math.min(len, s.length);
    for (let i = 0; i < n; i++) {
      const d = (this.text[from + i] as number) - s.charCodeAt(i);
      if (d !== 0) return d;
    }
    return len - s.length;
  }

  /** First rank whose term is ≥ s. */
  lowerBound(s: string): number {
    let lo = 0;
    let hi = this.termCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(mid, s) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Rank of term, or -1. */
  find(term: string): number {
    const rank = this.lowerBound(term);
    return rank < this.termCount && this.compare(rank, term) === 0 ? rank : -1;
  }

  /** Ranks [from, to) of every term starting with prefix. */
  prefixRange(prefix: string): [number, number] {
    return [this.lowerBound(prefix), this.lowerBound(prefix + '\uffff')];
  }

  /** Where the streams of ranks [from, to) lie in a section (they are adjacent, in rank order). */
  range(section: Section, from: number, to: number): { start: number; end: number } {
    return { start: this.starts[section][from] as number, end: this.starts[section][to] as number };
  }

  /** length bytes of a section from start (a buffer of their own: a merge keeps them). */
  read(section: Section, start: number, length: number): Uint8Array {
    if (this.fd === null) throw new Error('index segment is closed');
    this.checks?.verify(this.offsets[section] + start, length);
    const bytes = new Uint8Array(length);
    readSync(this.fd, bytes, 0, length, this.offsets[section] + start);
    return bytes;
  }

  /** Like read(), in the shared scratch buffer, for bytes decoded before the next read. */
  private readBriefly(section: Section, start: number, length: number): Uint8Array {
    if (this.fd === null) throw new Error('index segment is closed');
    this.checks?.verify(this.offsets[section] + start, length);
    return readScratch(this.fd, length, this.offsets[section] + start);
  }

  private stream(section: Section, rank: number): Uint8Array {
    const { start, end } = this.range(section, rank, rank + 1);
    return this.readBriefly(section, start, end - start);
  }

  docList(rank: number): DocList {
    return decodeDocs(this.stream('docs', rank), this.df(rank), this.version);
  }

  /**
   * Adds the postings of every term in ranks [from, to) into per-document counters, read in one
   * go: a frequent character starts a thousand bigrams, and a list apiece would cost more than
   * the counting.
   */
  accumulateRange(from: number, to: number, title: Uint32Array, body: Uint32Array): void {
    if (from >= to) return;
    const { start, end } = this.range('docs', from, to);
    const p = new PostingReader(new ByteReader(this.readBriefly('docs', start, end - start)), this.version);
    for (let rank = from; rank < to; rank++) {
      p.startTerm();
      for (let i = this.df(rank); i > 0; i--) {
        p.next();
        body[p.doc] = (body[p.doc] as number) + p.bodyTf;
        title[p.doc] = (title[p.doc] as number) + p.titleTf;
      }
    }
  }

  /** The document list plus each document's positions (flattened; document i owns titleTf[i] + bodyTf[i] of them). */
  docListWithPositions(rank: number): DocList & { positions: Uint32Array } {
    const list = this.docList(rank);
    const bytes = this.stream('positions', rank);
    let total = 0;
    for (let i = 0; i < list.docs.length; i++) total += (list.titleTf[i] as number) + (list.bodyTf[i] as number);
    const positions = new Uint32Array(total);
    const r = new ByteReader(bytes);
    let at = 0;
    for (let i = 0; i < list.docs.length; i++) {
      let prev = 0;
      for (let n = (list.titleTf[i] as number) + (list.bodyTf[i] as number); n > 0; n--) {
        prev += r.varint();
        positions[at++] = prev;
      }
    }
    return { ...list, positions };
  }
}

/** A docs stream of df postings, written in the given segment format version. */
export function decodeDocs(bytes: Uint8Array, df: number, version: number): DocList {
  const p = new PostingReader(new ByteReader(bytes), version);
  const docs = new Uint32Array(df);
  const titleTf = new Uint32Array(df);
  const bodyTf = new Uint32Array(df);
  for (let i = 0; i < df; i++) {
    p.next();
    docs[i] = p.doc;
    titleTf[i] = p.titleTf;
    bodyTf[i] = p.bodyTf;
  }
  return { docs, titleTf, bodyTf };
}
