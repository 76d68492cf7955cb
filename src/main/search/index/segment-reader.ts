// Read access to one segment file. The dictionary and per-document columns are
// loaded once; postings are read from the file on demand (the OS page cache keeps
// hot terms in memory, and the process does not hold the whole index).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { readScratch } from './scratch-read';
import { riceParameter } from './bits';
import { PositionReader, positionParameter } from './positions';
import { CHECK_BLOCK_BYTES, SegmentChecks, SegmentDamage } from './segment-checks';
import { PostingReader } from './postings';
import { ArrayTermCursor, PackedTermCursor, decodeDictionary, termNameAt } from './segment-dictionary';
import type { Dictionary, TermCursor } from './segment-dictionary';
import { HEADER_BYTES, layoutOf, readHeader } from './segment-format';

/** One term's document list, decoded. Documents are segment-local numbers, ascending. */
export interface DocList {
  docs: Uint32Array;
  titleTf: Uint32Array;
  bodyTf: Uint32Array;
}

export type Section = 'docs' | 'positions';

/** A format 4 dictionary as the file holds it (segment-dictionary.ts). */
interface PackedDictionary {
  packed: Uint8Array;
  termChars: number;
}

/** Compares the dictionary term at rank with s, in JS string order. */
function compareTerm(dictionary: Dictionary, rank: number, s: string): number {
  const { textStart, text } = dictionary;
  const from = textStart[rank] as number;
  const len = (textStart[rank + 1] as number) - from;
  const n = Math.min(len, s.length);
  for (let i = 0; i < n; i++) {
    const d = (text[from + i] as number) - s.charCodeAt(i);
    if (d !== 0) return d;
  }
  return len - s.length;
}

export class SegmentReader {
  readonly version: number;
  readonly docCount: number;
  readonly termCount: number;
  readonly articleIds: Uint32Array;
  readonly titleLengths: Uint32Array;
  readonly bodyLengths: Uint32Array;
  /** Format 4 on: packed as read at open, decoded when first needed (see dictionary). */
  private dict: Dictionary | PackedDictionary;
  private readonly offsets: Record<Section, number>;
  /** Each section's length in bytes. */
  readonly sectionBytes: Readonly<Record<Section, number>>;
  private fd: number | null;
  readonly bytes: number;
  /** Checks reads against the checksums the manifest recorded (none for segments written before them). */
  private checks: SegmentChecks | null;
  /** The columns and dictionary as read at open, from a block start: checked then, or when checks are adopted. */
  private readonly tail: { from: number; bytes: Uint8Array };

  /**
   * recordedChecks: the manifest's, which every byte read is checked against; null for a segment
   * written before checks were kept, or one opened ahead of its manifest record (see adoptChecks).
   */
  constructor(
    readonly path: string,
    recordedChecks: Uint8Array | null = null,
  ) {
    this.fd = openSync(path, 'r');
    try {
      this.bytes = fstatSync(this.fd).size;
      this.checks = recordedChecks ? this.checksOf(recordedChecks) : null;
      const head = new Uint8Array(HEADER_BYTES);
      readSync(this.fd, head, 0, HEADER_BYTES, 0);
      const header = readHeader(head);
      const layout = layoutOf(header);
      if (layout.end !== this.bytes) throw new Error(`index segment ${path} is truncated`);
      // The dictionary is read from the start of its first block, so that one read can be checked.
      // A fresh ArrayBuffer from an 8-byte aligned offset keeps every section aligned for the typed-array views.
      const from = this.checks ? this.checks.blockStart(layout.columns) : layout.columns - (layout.columns % CHECK_BLOCK_BYTES);
      const tail = new Uint8Array(layout.end - from);
      readSync(this.fd, tail, 0, tail.length, from);
      this.checks?.checkRead(from, tail);
      this.tail = { from, bytes: tail };
      const view = <T>(make: new (b: ArrayBuffer, o: number, n: number) => T, at: number, n: number): T =>
        new make(tail.buffer, at - from, n);
      this.version = header.version;
      this.docCount = header.docCount;
      this.termCount = header.termCount;
      this.articleIds = view(Uint32Array, layout.columns, header.docCount);
      this.titleLengths = view(Uint32Array, layout.columns + header.docCount * 4, header.docCount);
      this.bodyLengths = view(Uint32Array, layout.columns + header.docCount * 8, header.docCount);
      const d = layout.dictionary;
      this.dict =
        typeof d === 'number'
          ? { packed: tail.subarray(d - from), termChars: header.termChars }
          : {
              textStart: view(Uint32Array, d.textStart, header.termCount + 1),
              df: view(Uint32Array, d.df, header.termCount),
              docsStart:
                header.version === 2
                  ? view(Float64Array, d.docsStart, header.termCount + 1)
                  : view(Uint32Array, d.docsStart, header.termCount + 1),
              positionsStart:
                header.version === 2
                  ? view(Float64Array, d.positionsStart, header.termCount + 1)
                  : view(Uint32Array, d.positionsStart, header.termCount + 1),
              text: view(Uint16Array, d.text, header.termChars),
              positionsPad: null,
            };
      this.offsets = { docs: layout.docs, positions: layout.positions };
      this.sectionBytes = { docs: header.docsBytes, positions: header.positionsBytes };
    } catch (error) {
      closeSync(this.fd);
      this.fd = null;
      throw error;
    }
  }

  /**
   * Takes on the checks the manifest recorded for a segment opened without them (read ahead of its
   * record): true when the bytes read at open match them, and later reads are checked with them.
   * False when they do not (or cannot be checked as read): the caller opens the segment afresh,
   * which reports damage if the file itself is damaged.
   */
  adoptChecks(recorded: Uint8Array | null): boolean {
    if (this.checks) return false;
    // A segment written before checks were kept is read unchecked, as an open with its record would.
    if (!recorded) return true;
    try {
      const checks = this.checksOf(recorded);
      if (checks.blockStart(this.tail.from) !== this.tail.from) return false;
      checks.checkRead(this.tail.from, this.tail.bytes);
      this.checks = checks;
      return true;
    } catch (error) {
      if (error instanceof SegmentDamage) return false;
      throw error;
    }
  }

  private checksOf(recorded: Uint8Array): SegmentChecks {
    if (this.fd === null) throw new Error(`index segment ${this.path} is closed`);
    const checks = new SegmentChecks(recorded, this.fd, this.path);
    if (checks.fileBytes !== this.bytes) throw new SegmentDamage(`index segment ${this.path} is cut short or has the wrong length`);
    checks.verify(0, HEADER_BYTES);
    return checks;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  /** Checks every byte against the recorded checksums (folio check); a segment written without them passes. */
  verifyAll(): void {
    this.checks?.verify(0, this.bytes);
  }

  /**
   * The dictionary, decoded when first needed rather than at open: an import's main thread keeps
   * every segment it writes open for the per-article columns alone, and their decoded dictionaries
   * (~4.5 MB for a segment of a thousand realistic articles) were tens of MB of its peak.
   */
  private get dictionary(): Dictionary {
    const d = this.dict;
    if (!('packed' in d)) return d;
    try {
      this.dict = decodeDictionary(d.packed, this.termCount, d.termChars);
    } catch (error) {
      throw new SegmentDamage(`index segment ${this.path}: ${(error as Error).message}`);
    }
    return this.dict;
  }

  /** Decodes the dictionary now rather than at the first lookup (the search worker, warming up). */
  readDictionary(): void {
    void this.dictionary;
  }

  termName(rank: number): string {
    return termNameAt(this.dictionary, rank);
  }

  /** Every term in rank order (a merge): a packed dictionary not decoded yet is read as it goes, not decoded. */
  termsInOrder(): TermCursor {
    const d = this.dict;
    if (!('packed' in d)) return new ArrayTermCursor(d, this.termCount);
    return new PackedTermCursor(
      d.packed,
      this.termCount,
      d.termChars,
      () => new SegmentDamage(`index segment ${this.path}: index segment dictionary is damaged`),
    );
  }

  df(rank: number): number {
    return this.dictionary.df[rank] as number;
  }

  /** The Rice parameter the term's docs stream is coded with (format 4). */
  riceParameter(rank: number): number {
    return riceParameter(this.docCount, this.df(rank));
  }

  /** First rank whose term is ≥ s. */
  lowerBound(s: string): number {
    const dictionary = this.dictionary;
    let lo = 0;
    let hi = this.termCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareTerm(dictionary, mid, s) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Rank of term, or -1. */
  find(term: string): number {
    const rank = this.lowerBound(term);
    return rank < this.termCount && compareTerm(this.dictionary, rank, term) === 0 ? rank : -1;
  }

  /** Ranks [from, to) of every term starting with prefix. */
  prefixRange(prefix: string): [number, number] {
    return [this.lowerBound(prefix), this.lowerBound(prefix + '\uffff')];
  }

  /** Where the streams of ranks [from, to) lie in a section (they are adjacent, in rank order). */
  range(section: Section, from: number, to: number): { start: number; end: number } {
    const { docsStart, positionsStart } = this.dictionary;
    const starts = section === 'docs' ? docsStart : positionsStart;
    return { start: starts[from] as number, end: starts[to] as number };
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
    return decodeDocs(this.stream('docs', rank), this.df(rank), this.version, this.riceParameter(rank));
  }

  /**
   * Adds the postings of every term in ranks [from, to) into per-document counters, read in one
   * go: a frequent character starts a thousand bigrams, and a list apiece would cost more than
   * the counting.
   */
  accumulateRange(from: number, to: number, title: Uint32Array, body: Uint32Array): void {
    if (from >= to) return;
    const { start, end } = this.range('docs', from, to);
    const p = new PostingReader(this.readBriefly('docs', start, end - start), this.version);
    const { docsStart } = this.dictionary;
    for (let rank = from; rank < to; rank++) {
      p.startTerm((docsStart[rank] as number) - start, this.riceParameter(rank));
      p.accumulate(this.df(rank), title, body);
    }
  }

  /** The document list plus each document's positions (flattened; document i owns titleTf[i] + bodyTf[i] of them). */
  docListWithPositions(rank: number): DocList & { positions: Uint32Array } {
    const list = this.docList(rank);
    const bytes = this.stream('positions', rank);
    let total = 0;
    for (let i = 0; i < list.docs.length; i++) total += (list.titleTf[i] as number) + (list.bodyTf[i] as number);
    const positions = new Uint32Array(total);
    const r = new PositionReader(bytes, this.version);
    let at = 0;
    for (let i = 0; i < list.docs.length; i++) {
      const d = list.docs[i] as number;
      const n = (list.titleTf[i] as number) + (list.bodyTf[i] as number);
      r.read(n, positionParameter(this.titleLengths[d] as number, this.bodyLengths[d] as number, n), positions, at);
      at += n;
    }
    return { ...list, positions };
  }
}

/** A docs stream of df postings, written in the given segment format version (k: its Rice parameter, version 4). */
export function decodeDocs(bytes: Uint8Array, df: number, version: number, k: number): DocList {
  const p = new PostingReader(bytes, version);
  p.startTerm(0, k);
  const list = { docs: new Uint32Array(df), titleTf: new Uint32Array(df), bodyTf: new Uint32Array(df) };
  p.readAll(df, list.docs, list.titleTf, list.bodyTf);
  return list;
}
