// A segment's dictionary: its terms in order, each with its document frequency
// and where its docs and positions streams start. Versions 2 and 3 stored these
// as fixed-width arrays (22 bytes a bigram, a third of a fresh segment); from
// version 4 the file holds them packed — each name as the length it shares with
// the name before it plus the rest, then three varints: the document frequency,
// the docs stream's bytes and the positions stream's bits (a merge appends a
// positions stream to another at the bit) — about 8 bytes a bigram. Readers
// unpack them into the same arrays when a segment is opened.
import { ByteReader, ByteWriter } from './varint';

export interface Dictionary {
  /** textStart[rank]..textStart[rank+1]: the UTF-16 units of the term's name in text. */
  textStart: Uint32Array;
  text: Uint16Array;
  df: Uint32Array;
  /** Offsets of each term's stream in its section; termCount + 1 entries. */
  docsStart: Uint32Array | Float64Array;
  positionsStart: Uint32Array | Float64Array;
  /** Version 4: zero bits padding each term's positions stream to a whole byte (null before: not bit streams). */
  positionsPad: Uint8Array | null;
}

export class DictionaryWriter {
  private readonly out = new ByteWriter(1 << 16);
  private previous = '';
  terms = 0;
  termChars = 0;

  /** Terms must come in ascending JS string order. */
  add(name: string, df: number, docsBytes: number, positionsBits: number): void {
    const prev = this.previous;
    const limit = Math.min(prev.length, name.length);
    let shared = 0;
    while (shared < limit && prev.charCodeAt(shared) === name.charCodeAt(shared)) shared++;
    const out = this.out;
    out.varint(shared);
    out.varint(name.length - shared);
    for (let i = shared; i < name.length; i++) out.varint(name.charCodeAt(i));
    out.varint(df);
    out.varint(docsBytes);
    out.varint(positionsBits);
    this.previous = name;
    this.terms++;
    this.termChars += name.length;
  }

  bytes(): Uint8Array {
    return this.out.result();
  }
}

export function termNameAt({ textStart, text }: Dictionary, rank: number): string {
  return String.fromCharCode(...text.subarray(textStart[rank] as number, textStart[rank + 1] as number));
}

export function decodeDictionary(bytes: Uint8Array, termCount: number, termChars: number): Dictionary {
  const r = new ByteReader(bytes);
  const textStart = new Uint32Array(termCount + 1);
  const text = new Uint16Array(termChars);
  const df = new Uint32Array(termCount);
  const docsStart = new Uint32Array(termCount + 1);
  const positionsStart = new Uint32Array(termCount + 1);
  const positionsPad = new Uint8Array(termCount);
  let at = 0;
  let docs = 0;
  let positions = 0;
  for (let rank = 0; rank < termCount; rank++) {
    const shared = r.varint();
    const rest = r.varint();
    const from = rank > 0 ? (textStart[rank - 1] as number) : 0;
    if (shared > at - from || at + shared + rest > termChars) throw new Error('index segment dictionary is damaged');
    textStart[rank] = at;
    // A unit or two: a loop, not copyWithin, whose call was a quarter of the time opening an index took.
    for (let i = 0; i < shared; i++) text[at + i] = text[from + i] as number;
    at += shared;
    for (let i = 0; i < rest; i++) text[at++] = r.varint();
    df[rank] = r.varint();
    docsStart[rank] = docs;
    positionsStart[rank] = positions;
    docs += r.varint();
    const bits = r.varint();
    const bytes = Math.ceil(bits / 8);
    positionsPad[rank] = bytes * 8 - bits;
    positions += bytes;
  }
  if (at !== termChars || r.pos !== bytes.length) throw new Error('index segment dictionary is damaged');
  textStart[termCount] = at;
  docsStart[termCount] = docs;
  positionsStart[termCount] = positions;
  return { textStart, text, df, docsStart, positionsStart, positionsPad };
}

/** A dictionary's terms in rank order, one at a time, with where each term's streams lie in their sections. */
export interface TermCursor {
  /** Steps to the next term; false after the last. */
  next(): boolean;
  readonly name: string;
  readonly df: number;
  readonly docsStart: number;
  readonly docsEnd: number;
  readonly positionsStart: number;
  readonly positionsEnd: number;
  /** Bits of the positions stream (its bytes, less the padding of the last). */
  readonly positionsBits: number;
}

/**
 * Reads a packed dictionary front to back without decoding it whole: a merge reads each input's
 * terms once, in order, and the decoded arrays of eight inputs were tens of MB at an import's peak.
 * Damage is found as decodeDictionary finds it, by the time the last term is read.
 */
export class PackedTermCursor implements TermCursor {
  private readonly r: ByteReader;
  private rank = 0;
  private chars = 0;
  name = '';
  df = 0;
  docsStart = 0;
  docsEnd = 0;
  positionsStart = 0;
  positionsEnd = 0;
  positionsBits = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly termCount: number,
    private readonly termChars: number,
    private readonly damaged: () => Error,
  ) {
    this.r = new ByteReader(bytes);
  }

  next(): boolean {
    const r = this.r;
    if (this.rank === this.termCount) {
      if (this.chars !== this.termChars || r.pos !== this.bytes.length) throw this.damaged();
      return false;
    }
    const shared = r.varint();
    const rest = r.varint();
    if (shared > this.name.length || this.chars + shared + rest > this.termChars) throw this.damaged();
    let added = '';
    for (let i = 0; i < rest; i++) added += String.fromCharCode(r.varint());
    this.name = this.name.slice(0, shared) + added;
    this.chars += shared + rest;
    this.df = r.varint();
    this.docsStart = this.docsEnd;
    this.docsEnd += r.varint();
    this.positionsBits = r.varint();
    this.positionsStart = this.positionsEnd;
    this.positionsEnd += Math.ceil(this.positionsBits / 8);
    if (r.pos > this.bytes.length) throw this.damaged();
    this.rank++;
    return true;
  }
}

/** The same walk over a dictionary already in arrays (formats 2 and 3, whose files hold it so, or one decoded since it was opened). */
export class ArrayTermCursor implements TermCursor {
  private rank = -1;
  name = '';

  constructor(
    private readonly d: Dictionary,
    private readonly termCount: number,
  ) {}

  next(): boolean {
    if (this.rank + 1 >= this.termCount) return false;
    this.name = termNameAt(this.d, ++this.rank);
    return true;
  }

  get df(): number {
    return this.d.df[this.rank] as number;
  }
  get docsStart(): number {
    return this.d.docsStart[this.rank] as number;
  }
  get docsEnd(): number {
    return this.d.docsStart[this.rank + 1] as number;
  }
  get positionsStart(): number {
    return this.d.positionsStart[this.rank] as number;
  }
  get positionsEnd(): number {
    return this.d.positionsStart[this.rank + 1] as number;
  }
  get positionsBits(): number {
    return (this.positionsEnd - this.positionsStart) * 8 - (this.d.positionsPad?.[this.rank] ?? 0);
  }
}
