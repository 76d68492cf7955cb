// Streams a segment to disk term by term, so building or merging never holds a
// whole segment in memory. Docs streams go straight into the file; positions
// streams go to a side file that is appended once the docs section is complete;
// the dictionary is packed as terms arrive and written last.
import { closeSync, fsyncSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { BitWriter, riceParameter } from './bits';
import { positionParameter, writePositions } from './positions';
import { writePostingBits } from './postings';
import { DictionaryWriter } from './segment-dictionary';
import { ByteWriter } from './varint';
import { HEADER_BYTES, MAX_SECTION_BYTES, VERSION, layoutOf, writeHeader } from './segment-format';
import { computeChecks } from './segment-checks';

/** A merge holds two sinks and a copy buffer of this size beside the index worker's own: kept small. */
const FLUSH_BYTES = 1 << 20;

export interface SegmentDocColumns {
  articleIds: Uint32Array;
  titleLengths: Uint32Array;
  bodyLengths: Uint32Array;
}

/** A buffered append-only byte sink on a file descriptor. */
class Sink {
  readonly out = new ByteWriter(FLUSH_BYTES + (1 << 16));
  written = 0;

  constructor(
    readonly fd: number,
    private readonly base: number,
  ) {}

  get offset(): number {
    return this.written + this.out.length;
  }

  maybeFlush(): void {
    if (this.out.length >= FLUSH_BYTES) this.flush();
  }

  flush(): void {
    const chunk = this.out.result();
    if (chunk.length > 0) writeSync(this.fd, chunk, 0, chunk.length, this.base + this.written);
    this.written += chunk.length;
    this.out.length = 0;
  }
}

export class SegmentFileWriter {
  private readonly fd: number;
  private readonly positionsPath: string;
  private readonly docs: Sink;
  private readonly positions: Sink;
  private readonly bits: BitWriter;
  private readonly positionBits: BitWriter;
  private readonly dictionary = new DictionaryWriter();
  private readonly docCount: number;
  private name = '';
  private df = 0;
  private k = 0;
  private docsFrom = 0;
  private positionsFrom = 0;

  /**
   * columns: the documents the segment will hold (postings and positions are coded relative to them);
   * version: what the header says — a merge of older segments writes version 4 (segment-format.ts).
   */
  constructor(
    readonly path: string,
    private readonly columns: SegmentDocColumns,
    private readonly version = VERSION,
  ) {
    this.docCount = columns.articleIds.length;
    this.fd = openSync(path, 'w+');
    writeSync(this.fd, new Uint8Array(HEADER_BYTES));
    this.positionsPath = `${path}.positions`;
    this.docs = new Sink(this.fd, HEADER_BYTES);
    this.positions = new Sink(openSync(this.positionsPath, 'w+'), 0);
    this.bits = new BitWriter(this.docs.out);
    this.positionBits = new BitWriter(this.positions.out);
  }

  /** Terms must arrive in ascending JS string order, each with the number of documents it will list. */
  beginTerm(name: string, df: number): void {
    this.name = name;
    this.df = df;
    this.k = riceParameter(this.docCount, df);
    this.docsFrom = this.docs.offset;
    this.positionsFrom = this.positions.offset;
  }

  doc(delta: number, titleTf: number, bodyTf: number): void {
    writePostingBits(this.bits, this.k, delta, titleTf, bodyTf);
  }

  /** Ends the docs stream of the current term; positions follow. */
  endDocs(): void {
    this.bits.align();
  }

  /** The positions of document `local` of this segment: values[from..from+n), ascending. */
  positionsOf(local: number, values: Uint32Array, from: number, n: number): void {
    const k = positionParameter(this.columns.titleLengths[local] as number, this.columns.bodyLengths[local] as number, n);
    writePositions(this.positionBits, k, values, from, n);
  }

  /** The first `bits` bits of a positions stream coded the current way, for documents of the same lengths. */
  rawPositions(bytes: Uint8Array, bits: number): void {
    this.positionBits.copy(bytes, bits);
  }

  endTerm(): void {
    const positionsBits = (this.positions.offset - this.positionsFrom) * 8 + this.positionBits.pending;
    this.positionBits.align();
    this.dictionary.add(this.name, this.df, this.docs.offset - this.docsFrom, positionsBits);
    this.docs.maybeFlush();
    this.positions.maybeFlush();
  }

  /** Completes the file (fsynced); checks: its block checksums, for the manifest. */
  finish(): { bytes: number; terms: number; checks: Uint8Array } {
    const { columns } = this;
    this.docs.flush();
    this.positions.flush();
    if (this.docs.written > MAX_SECTION_BYTES || this.positions.written > MAX_SECTION_BYTES)
      throw new Error('index segment too large for its offsets');
    const dictionary = this.dictionary.bytes();
    const header = {
      version: this.version,
      docCount: this.docCount,
      termCount: this.dictionary.terms,
      termChars: this.dictionary.termChars,
      docsBytes: this.docs.written,
      positionsBytes: this.positions.written,
      dictionaryBytes: dictionary.length,
    };
    const layout = layoutOf(header);
    this.appendPositions(layout.positions);
    // Written in place rather than gathered into one buffer: at 100k a merged dictionary is tens of MB.
    let at = layout.columns;
    for (const part of [columns.articleIds, columns.titleLengths, columns.bodyLengths, dictionary]) {
      writeSync(this.fd, new Uint8Array(part.buffer, part.byteOffset, part.byteLength), 0, part.byteLength, at);
      at += part.byteLength;
    }
    writeSync(this.fd, writeHeader(header), 0, HEADER_BYTES, 0);
    fsyncSync(this.fd);
    const checks = computeChecks(this.fd, layout.end);
    closeSync(this.fd);
    return { bytes: layout.end, terms: header.termCount, checks };
  }

  /** Copies the side file of positions into its section, in large reads. */
  private appendPositions(at: number): void {
    const chunk = new Uint8Array(FLUSH_BYTES);
    for (let done = 0; done < this.positions.written;) {
      const n = readSync(this.positions.fd, chunk, 0, Math.min(chunk.length, this.positions.written - done), done);
      writeSync(this.fd, chunk, 0, n, at + done);
      done += n;
    }
    closeSync(this.positions.fd);
    rmSync(this.positionsPath, { force: true });
  }

  abort(): void {
    closeSync(this.fd);
    closeSync(this.positions.fd);
    rmSync(this.positionsPath, { force: true });
  }
}
