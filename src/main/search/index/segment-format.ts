// On-disk layout of one index segment (immutable once written). Postings come
// first so that a writer can stream them before it knows the dictionary's size:
//
//   header   (HEADER_BYTES)  magic, version, docCount, termCount, termChars, postingsBytes
//   postings per term: a docs stream (per document: varint docDelta, varint tfWord, and
//            varint titleTf only when tfWord says the title has any) followed by a positions
//            stream (per document, its titleTf + bodyTf position deltas); character terms
//            have no positions
//   docs     Uint32 articleId[docCount], Uint32 titleLength[docCount], Uint32 bodyLength[docCount]
//   terms    Uint32 textStart[termCount+1], Uint32 docsBytes[termCount], Uint32 df[termCount],
//            Float64 postingsStart[termCount+1], Uint16 text[termChars]  (terms sorted in JS string order)
// Sections after the postings start 8-byte aligned so they can be viewed as typed arrays without copying.

export const MAGIC = 'FOLIOIX1';
export const VERSION = 1;
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
  postingsBytes: number;
}

export interface SectionLayout {
  postings: number;
  docs: number;
  textStart: number;
  docsBytes: number;
  df: number;
  postingsStart: number;
  text: number;
  end: number;
}

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

export function layoutOf(h: SegmentHeader): SectionLayout {
  const postings = HEADER_BYTES;
  const docs = align8(postings + h.postingsBytes);
  const textStart = align8(docs + h.docCount * 12);
  const docsBytes = align8(textStart + (h.termCount + 1) * 4);
  const df = align8(docsBytes + h.termCount * 4);
  const postingsStart = align8(df + h.termCount * 4);
  const text = align8(postingsStart + (h.termCount + 1) * 8);
  return { postings, docs, textStart, docsBytes, df, postingsStart, text, end: text + h.termChars * 2 };
}

export function writeHeader(h: SegmentHeader): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES);
  for (let i = 0; i < MAGIC.length; i++) out[i] = MAGIC.charCodeAt(i);
  const view = new DataView(out.buffer);
  view.setUint32(8, VERSION, true);
  view.setUint32(12, h.docCount, true);
  view.setUint32(16, h.termCount, true);
  view.setUint32(20, h.termChars, true);
  view.setFloat64(24, h.postingsBytes, true);
  return out;
}

export function readHeader(bytes: Uint8Array): SegmentHeader {
  const magic = String.fromCharCode(...bytes.subarray(0, MAGIC.length));
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  if (magic !== MAGIC || view.getUint32(8, true) !== VERSION) throw new Error('not a Folio index segment');
  return {
    docCount: view.getUint32(12, true),
    termCount: view.getUint32(16, true),
    termChars: view.getUint32(20, true),
    postingsBytes: view.getFloat64(24, true),
  };
}
