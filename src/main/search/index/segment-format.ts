// On-disk layout of one index segment (immutable once written):
//
//   header     (HEADER_BYTES)  magic, version, docCount, termCount, termChars, docsBytes, positionsBytes
//   docs       every term's docs stream, in dictionary order: per document, varint docDelta,
//              varint tfWord, and varint titleTf only when tfWord says the title has any
//   positions  every term's positions stream, in dictionary order: per document, its
//              titleTf + bodyTf position deltas (character terms have none)
//   columns    Uint32 articleId[docCount], Uint32 titleLength[docCount], Uint32 bodyLength[docCount]
//   terms      Uint32 textStart[termCount+1], Uint32 df[termCount], Float64 docsStart[termCount+1],
//              Float64 positionsStart[termCount+1], Uint16 text[termChars]  (sorted in JS string order)
//
// Documents and positions live in separate sections so that a query needing only
// which documents hold a term (one word, one character, a prefix) reads a short
// contiguous run, never the positions. Sections after the positions start 8-byte
// aligned so they can be viewed as typed arrays without copying.

export const MAGIC = 'FOLIOIX2';
export const VERSION = 2;
export const HEADER_BYTES = 64;

/**
 * Most postings are of body text only, so the title count costs a byte only when it
 * is not zero: tfWord = bodyTf·2 + (titleTf > 0 ? 1 : 0), followed by titleTf if set.
 */
export function tfWord(titleTf: number, bodyTf: number): number {
  return bodyTf * 2 + (titleTf > 0 ? 1 : 0);
}

export interface SegmentHeader {
  docCount: number;
  termCount: number;
  termChars: number;
  docsBytes: number;
  positionsBytes: number;
}

export interface SectionLayout {
  docs: number;
  positions: number;
  columns: number;
  textStart: number;
  df: number;
  docsStart: number;
  positionsStart: number;
  text: number;
  end: number;
}

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

export function layoutOf(h: SegmentHeader): SectionLayout {
  const docs = HEADER_BYTES;
  const positions = docs + h.docsBytes;
  const columns = align8(positions + h.positionsBytes);
  const textStart = align8(columns + h.docCount * 12);
  const df = align8(textStart + (h.termCount + 1) * 4);
  const docsStart = align8(df + h.termCount * 4);
  const positionsStart = align8(docsStart + (h.termCount + 1) * 8);
  const text = align8(positionsStart + (h.termCount + 1) * 8);
  return { docs, positions, columns, textStart, df, docsStart, positionsStart, text, end: text + h.termChars * 2 };
}

export function writeHeader(h: SegmentHeader): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES);
  for (let i = 0; i < MAGIC.length; i++) out[i] = MAGIC.charCodeAt(i);
  const view = new DataView(out.buffer);
  view.setUint32(8, VERSION, true);
  view.setUint32(12, h.docCount, true);
  view.setUint32(16, h.termCount, true);
  view.setUint32(20, h.termChars, true);
  view.setFloat64(24, h.docsBytes, true);
  view.setFloat64(32, h.positionsBytes, true);
  return out;
}

export function readHeader(bytes: Uint8Array): SegmentHeader {
  const magic = String.fromCharCode(...bytes.subarray(0, MAGIC.length));
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  if (magic !== MAGIC || view.getUint32(8, true) !== VERSION) throw new Error('not a Folio index segment of this version');
  return {
    docCount: view.getUint32(12, true),
    termCount: view.getUint32(16, true),
    termChars: view.getUint32(20, true),
    docsBytes: view.getFloat64(24, true),
    positionsBytes: view.getFloat64(32, true),
  };
}
