// A term's docs stream: one posting per document holding the term, in document
// order, with how often the term occurs in the document's title and body. Most
// postings are a single occurrence in the body (a bigram seen once in an
// article), so every version gives those the shortest code.
//
// Version 4 (written now) codes bits, least significant first, and pads each
// term's stream to a whole byte:
//
//   Rice(docDelta − 1, k)  then 1                       one body occurrence
//                          then 0, γ(bodyTf + 1), hasTitle [, γ(titleTf)]
//
// with k from the term's document frequency (bits.ts). Version 3 coded varints:
//
//   head = docDelta·2 + 1                      one body occurrence
//   head = docDelta·2, tfWord [, titleTf]      anything else
//
// where tfWord = bodyTf·2 + (titleTf > 0 ? 1 : 0), followed by titleTf only when
// the title has any. Version 2 always wrote docDelta, tfWord [, titleTf].
import { BitReader, ESCAPE } from './bits';
import type { BitWriter } from './bits';
import { ByteReader } from './varint';

/** ESCAPE as a local: an imported binding can cost a getter call per read in unbundled runs (tsx). */
const ESCAPE_RUN = ESCAPE;

export interface VarintSink {
  varint(value: number): void;
}

/** Version 3's coding: what the segment builder keeps in memory before it writes a segment. */
export function writePosting(out: VarintSink, docDelta: number, titleTf: number, bodyTf: number): void {
  if (titleTf === 0 && bodyTf === 1) {
    out.varint(docDelta * 2 + 1);
    return;
  }
  out.varint(docDelta * 2);
  out.varint(bodyTf * 2 + (titleTf > 0 ? 1 : 0));
  if (titleTf > 0) out.varint(titleTf);
}

/** Version 4's coding. */
export function writePostingBits(out: BitWriter, k: number, docDelta: number, titleTf: number, bodyTf: number): void {
  out.rice(docDelta - 1, k);
  if (titleTf === 0 && bodyTf === 1) {
    out.write(1, 1);
    return;
  }
  out.write(0, 1);
  out.gamma(bodyTf + 1);
  out.write(titleTf > 0 ? 1 : 0, 1);
  if (titleTf > 0) out.gamma(titleTf);
}

/** Steps through the postings of one docs stream, or of consecutive ones, calling startTerm for each. */
export class PostingReader {
  doc = -1;
  titleTf = 0;
  bodyTf = 0;
  private readonly varints: ByteReader;
  private readonly bits: BitReader;
  private k = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly version: number,
  ) {
    this.varints = new ByteReader(bytes);
    this.bits = new BitReader(bytes);
  }

  /** Starts the stream at byte offset `at`; k is its Rice parameter (version 4). */
  startTerm(at: number, k: number): void {
    this.doc = -1;
    this.k = k;
    if (this.version >= 4) this.bits.seek(at);
    else this.varints.pos = at;
  }

  next(): void {
    if (this.version >= 4) {
      this.nextBits();
      return;
    }
    const r = this.varints;
    if (this.version === 3) {
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

  /** Decodes the current stream's df postings into the arrays: a term's document list. */
  readAll(df: number, docs: Uint32Array, titleTf: Uint32Array, bodyTf: Uint32Array): void {
    if (this.version < 4) {
      for (let i = 0; i < df; i++) {
        this.next();
        docs[i] = this.doc;
        titleTf[i] = this.titleTf;
        bodyTf[i] = this.bodyTf;
      }
      return;
    }
    let bit = this.bits.bitPosition;
    for (let i = 0; i < df; i++) {
      bit = this.step(bit);
      docs[i] = this.doc;
      titleTf[i] = this.titleTf;
      bodyTf[i] = this.bodyTf;
    }
    this.bits.seekBit(bit);
  }

  /** Adds the current stream's df postings into per-document counters. */
  accumulate(df: number, title: Uint32Array, body: Uint32Array): void {
    if (this.version < 4) {
      for (let i = df; i > 0; i--) this.addTo(title, body);
      return;
    }
    let bit = this.bits.bitPosition;
    for (let i = df; i > 0; i--) {
      bit = this.step(bit);
      body[this.doc] = (body[this.doc] as number) + this.bodyTf;
      title[this.doc] = (title[this.doc] as number) + this.titleTf;
    }
    this.bits.seekBit(bit);
  }

  /**
   * Decodes the version 4 posting at bit position `bit` (doc, titleTf, bodyTf); returns the bit
   * after it. The common postings — a gap within the Rice code's reach, then "once in the body"
   * or a body count without a title — are decoded from 32 bits at a time, several times faster
   * than next() (a frequent term has thousands of postings, a frequent character's bigrams tens
   * of thousands); any other posting is decoded by next() from the same bit position.
   */
  private step(bit: number): number {
    const bytes = this.bytes;
    const k = this.k;
    const low = (1 << k) - 1;
    // The 32 bits from `bit` on, least significant first (bytes past the end read as zeros).
    const at = bit >>> 3;
    const word =
      ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24)) >>> (bit & 7);
    const available = 32 - (bit & 7);
    const z = word === 0 ? 32 : 31 - Math.clz32(word & -word);
    const used = z + 1 + k;
    if (z < ESCAPE_RUN && used < available) {
      const gap = z * (low + 1) + ((word >>> (z + 1)) & low) + 1;
      if (((word >>> used) & 1) === 1) {
        this.doc += gap;
        this.titleTf = 0;
        this.bodyTf = 1;
        return bit + used + 1;
      }
      // γ(bodyTf + 1) and no title: a term repeated in the body, the next most common posting.
      const from = used + 1;
      const rest = from < available ? word >>> from : 0;
      const n = rest === 0 ? 32 : 31 - Math.clz32(rest & -rest);
      const titleBit = from + 2 * n + 1;
      if (titleBit < available && ((word >>> titleBit) & 1) === 0) {
        this.doc += gap;
        this.titleTf = 0;
        this.bodyTf = n > 0 ? ((1 << n) | ((word >>> (from + n + 1)) & ((1 << n) - 1))) - 1 : 0;
        return bit + titleBit + 1;
      }
    }
    this.bits.seekBit(bit);
    this.nextBits();
    return this.bits.bitPosition;
  }

  private addTo(title: Uint32Array, body: Uint32Array): void {
    this.next();
    body[this.doc] = (body[this.doc] as number) + this.bodyTf;
    title[this.doc] = (title[this.doc] as number) + this.titleTf;
  }

  private nextBits(): void {
    const b = this.bits;
    this.doc += b.rice(this.k) + 1;
    if (b.read(1) === 1) {
      this.titleTf = 0;
      this.bodyTf = 1;
      return;
    }
    this.bodyTf = b.gamma() - 1;
    this.titleTf = b.read(1) === 1 ? b.gamma() : 0;
  }
}
