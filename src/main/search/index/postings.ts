// A term's docs stream: one posting per document holding the term, in document
// order. Most postings are a single occurrence in the body (a bigram seen once in
// an article), so version 3 spends one varint on those:
//
//   head = docDelta·2 + 1                      one body occurrence
//   head = docDelta·2, tfWord [, titleTf]      anything else
//
// where tfWord = bodyTf·2 + (titleTf > 0 ? 1 : 0), followed by titleTf only when
// the title has any. Version 2 always wrote docDelta, tfWord [, titleTf].
import type { ByteReader } from './varint';

export interface VarintSink {
  varint(value: number): void;
}

export function writePosting(out: VarintSink, docDelta: number, titleTf: number, bodyTf: number): void {
  if (titleTf === 0 && bodyTf === 1) {
    out.varint(docDelta * 2 + 1);
    return;
  }
  out.varint(docDelta * 2);
  out.varint(bodyTf * 2 + (titleTf > 0 ? 1 : 0));
  if (titleTf > 0) out.varint(titleTf);
}

/** Steps through the postings of one docs stream (or of consecutive ones, calling startTerm between). */
export class PostingReader {
  doc = -1;
  titleTf = 0;
  bodyTf = 0;

  constructor(
    private readonly bytes: ByteReader,
    private readonly version: number,
  ) {}

  startTerm(): void {
    this.doc = -1;
  }

  next(): void {
    const r = this.bytes;
    if (this.version >= 3) {
      const head = r.varint();
      this.doc += Math.floor(head / 2);
      if (head % 2 === 1) {
        this.titleTf = 0;
        this.bodyTf = 1;
        return;
      }
    } else {
      this.doc += r.varint();
    }
    const word = r.varint();
    this.bodyTf = Math.floor(word / 2);
    this.titleTf = word % 2 === 1 ? r.varint() : 0;
  }
}
