// Streams a segment to disk term by term (postings first, dictionary last), so
// building or merging never holds a whole segment's postings in memory.
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { ByteWriter } from './varint';
import { HEADER_BYTES, layoutOf, tfWord, writeHeader } from './segment-format';

const FLUSH_BYTES = 1 << 22;

export interface SegmentDocColumns {
  articleIds: Uint32Array;
  titleLengths: Uint32Array;
  bodyLengths: Uint32Array;
}

export class SegmentFileWriter {
  private readonly fd: number;
  private readonly out = new ByteWriter(FLUSH_BYTES + (1 << 16));
  private written = 0;
  private readonly textStart: number[] = [];
  private readonly docsBytes: number[] = [];
  private readonly df: number[] = [];
  private readonly postingsStart: number[] = [];
  private text = new Uint16Array(1 << 16);
  private termChars = 0;
  private termStart = 0;
  private docsEnd = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
    writeSync(this.fd, new Uint8Array(HEADER_BYTES));
  }

  /** Bytes of postings written so far. */
  private get offset(): number {
    return this.written + this.out.length;
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
    this.termStart = this.offset;
    this.postingsStart.push(this.termStart);
  }

  doc(delta: number, titleTf: number, bodyTf: number): void {
    this.out.varint(delta);
    this.out.varint(tfWord(titleTf, bodyTf));
    if (titleTf > 0) this.out.varint(titleTf);
  }

  /** Ends the docs stream of the current term; positions follow. */
  endDocs(df: number): void {
    this.df.push(df);
    this.docsEnd = this.offset;
    this.docsBytes.push(this.docsEnd - this.termStart);
  }

  position(delta: number): void {
    this.out.varint(delta);
  }

  /** Copies already-encoded bytes (used when a merge can reuse a stream verbatim). */
  raw(bytes: Uint8Array): void {
    this.out.bytes(bytes);
  }

  endTerm(): void {
    if (this.out.length >= FLUSH_BYTES) this.flush();
  }

  finish(docs: SegmentDocColumns): { bytes: number; terms: number } {
    this.flush();
    const termCount = this.df.length;
    this.textStart.push(this.termChars);
    this.postingsStart.push(this.written);
    const header = { docCount: docs.articleIds.length, termCount, termChars: this.termChars, postingsBytes: this.written };
    const layout = layoutOf(header);
    const tail = new Uint8Array(layout.end - layout.docs);
    const put = (offset: number, array: ArrayBufferView): void => {
      tail.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset - layout.docs);
    };
    put(layout.docs, docs.articleIds);
    put(layout.docs + header.docCount * 4, docs.titleLengths);
    put(layout.docs + header.docCount * 8, docs.bodyLengths);
    put(layout.textStart, Uint32Array.from(this.textStart));
    put(layout.docsBytes, Uint32Array.from(this.docsBytes));
    put(layout.df, Uint32Array.from(this.df));
    put(layout.postingsStart, Float64Array.from(this.postingsStart));
    put(layout.text, this.text.subarray(0, this.termChars));
    writeSync(this.fd, tail, 0, tail.length, layout.docs);
    writeSync(this.fd, writeHeader(header), 0, HEADER_BYTES, 0);
    fsyncSync(this.fd);
    closeSync(this.fd);
    return { bytes: layout.end, terms: termCount };
  }

  abort(): void {
    closeSync(this.fd);
  }

  private flush(): void {
    const chunk = this.out.result();
    if (chunk.length > 0) writeSync(this.fd, chunk, 0, chunk.length, HEADER_BYTES + this.written);
    this.written += chunk.length;
    this.out.length = 0;
  }
}
