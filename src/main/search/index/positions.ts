// A term's positions stream: for each document in its docs stream, the
// titleTf + bodyTf positions where the term stands, ascending. Character terms
// have none (a one-character query needs no positions).
//
// Version 4 (written now) codes each document's positions in bits: the first as
// Rice(p₀, k), each next one as Rice(pᵢ − pᵢ₋₁ − 1, k), where k comes from the
// document's length and the term's count in it (so a reader knows it without
// being told), and pads each term's stream to a whole byte. Versions 2 and 3
// wrote every delta from the previous position (from 0 for the first) as a
// varint: two bytes for most, where Rice codes spend about thirteen bits.
import { BitReader, riceFor } from './bits';
import type { BitWriter } from './bits';
import { ByteReader } from './varint';

/** The Rice parameter for a term seen tf times among a document's positions (title length + body tokens). */
export function positionParameter(titleLength: number, bodyLength: number, tf: number): number {
  return riceFor((titleLength + bodyLength + 1) / Math.max(1, tf));
}

/** Writes values[from..from+n) (ascending positions) in version 4's coding. */
export function writePositions(out: BitWriter, k: number, values: Uint32Array, from: number, n: number): void {
  let prev = -1;
  for (let i = from; i < from + n; i++) {
    const p = values[i] as number;
    out.rice(p - prev - 1, k);
    prev = p;
  }
}

/** Reads documents' positions, one document after another, from a positions stream of a given version. */
export class PositionReader {
  private readonly varints: ByteReader;
  private readonly bits: BitReader;

  constructor(
    bytes: Uint8Array,
    private readonly version: number,
  ) {
    this.varints = new ByteReader(bytes);
    this.bits = new BitReader(bytes);
  }

  /** Reads one document's n positions into into[at..at+n); k: the document's parameter (version 4). */
  read(n: number, k: number, into: Uint32Array, at: number): void {
    let prev = this.version >= 4 ? -1 : 0;
    for (let i = 0; i < n; i++) {
      prev += this.version >= 4 ? this.bits.rice(k) + 1 : this.varints.varint();
      into[at + i] = prev;
    }
  }
}
