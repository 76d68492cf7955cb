// Streams a segment to disk term by term, so building or merging never holds a
// whole segment in memory. Docs streams go straight into the file; positions
// streams go to a side file that is appended once the docs section is complete.
import { closeSync, fsyncSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { ByteWriter } from './varint';
import { writePosting } from './postings';
import { HEADER_BYTES, MAX_SECTION_BYTES, VERSION, layoutOf, writeHeader } from './segment-format';
import { computeChecks } from './segment-checks';

const FLUSH_BYTES = 1 << 22;

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
  private readonly textStart: number[] = [];
  private readonly df: number[] = [];
  private readonly docsStart: number[] = [];
  private readonly positionsStart: number[] = [];
  private text = new Uint16Array(1 << 16);
  private termChars = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w+');
    writeSync(this.fd, new Uint8Array(HEADER_BYTES));
    this.positionsPath = `${path}.positions`;
    this.docs = new Sink(this.fd, HEADER_BYTES);
    this.positions = new Sink(openSync(this.positionsPath, 'w+'), 0);
  }

  /** Terms must arrive in ascending JS string order. */
  beginTerm(name: string): void {
    this.textStart.push(this.termChars);
    if (this.termChars + name.length > this.text.length) {
      const grown = new Uint16Array(Math.max(this.text.length * 2, this.termChars + name.length));
      grown.set(this.text);
      this.text = grown;
    }
    for (let i = 0; i < name.length; i++) this.text[this.termChars + i] = name.charCodeAt(i);
    this.termChars += name.length;
    this.docsStart.push(this.docs.offset);
    this.positionsStart.push(this.positions.offset);
  }

  doc(delta: number, titleTf: number, bodyTf: number): void {
    writePosting(this.docs.out, delta, titleTf, bodyTf);
  }

  /** Already-encoded docs-stream bytes. */
  rawDocs(bytes: Uint8Array): void {
    this.docs.out.bytes(bytes);
  }

  /** Ends the docs stream of the current term; positions follow. */
  endDocs(df: number): void {
    this.df.push(df);
  }

  position(delta: number): void {
    this.positions.out.varint(delta);
  }

  /** Already-encoded positions-stream bytes. */
  rawPositions(bytes: Uint8Array): void {
    this.positions.out.bytes(bytes);
  }

  endTerm(): void {
    this.docs.maybeFlush();
    this.positions.maybeFlush();
  }

  /** Completes the file (fsynced); checks: its block checksums, for the manifest. */
  finish(columns: SegmentDocColumns): { bytes: number; terms: number; checks: Uint8Array } {
    this.docs.flush();
    this.positions.flush();
    const termCount = this.df.length;
    this.textStart.push(this.termChars);
    this.docsStart.push(this.docs.written);
    this.positionsStart.push(this.positions.written);
    if (this.docs.written > MAX_SECTION_BYTES || this.positions.written > MAX_SECTION_BYTES) throw new Error('index segment too large for its offsets');
    const header = { version: VERSION, docCount: columns.articleIds.length, termCount, termChars: this.termChars, docsBytes: this.docs.written, positionsBytes: this.positions.written };
    const layout = layoutOf(header);
    this.appendPositions(layout.positions);
    const tail = new Uint8Array(layout.end - layout.columns);
    const put = (offset: number, array: ArrayBufferView): void => {
      tail.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset - layout.columns);
    };
    put(layout.columns, columns.articleIds);
    put(layout.columns + header.docCount * 4, columns.titleLengths);
    put(layout.columns + header.docCount * 8, columns.bodyLengths);
    put(layout.textStart, Uint32Array.from(this.textStart));
    put(layout.df, Uint32Array.from(this.df));
    put(layout.docsStart, Uint32Array.from(this.docsStart));
    put(layout.positionsStart, Uint32Array.from(this.positionsStart));
    put(layout.text, this.text.subarray(0, this.termChars));
    writeSync(this.fd, tail, 0, tail.length, layout.columns);
    writeSync(this.fd, writeHeader(header), 0, HEADER_BYTES, 0);
    fsyncSync(this.fd);
    const checks = computeChecks(this.fd, layout.end);
    closeSync(this.fd);
    return { bytes: layout.end, terms: termCount, checks };
  }

  /** Copies the side file of positions into its section, in large reads. */
  private appendPositions(at: number): void {
    const chunk = new Uint8Array(FLUSH_BYTES);
    for (let done = 0; done < this.positions.written; ) {
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
