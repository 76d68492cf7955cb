// On-disk layout of one index segment (immutable once written):
//
//   header     (HEADER_BYTES)  magic, version, docCount, termCount, termChars, docsBytes, positionsBytes,
//              dictionaryBytes (version 4)
//   docs       every term's docs stream, in dictionary order (postings.ts)
//   positions  every term's positions stream, in dictionary order: per document, its
//              titleTf + bodyTf position deltas as varints (character terms have none)
//   columns    Uint32 articleId[docCount], Uint32 titleLength[docCount], Uint32 bodyLength[docCount]
//   terms      version 4: the packed dictionary (segment-dictionary.ts);
//              versions 2–3: Uint32 textStart[termCount+1], Uint32 df[termCount], docsStart[termCount+1],
//              positionsStart[termCount+1], Uint16 text[termChars]  (sorted in JS string order)
//
// Documents and positions live in separate sections so that a query needing only
// which documents hold a term (one word, one character, a prefix) reads a short
// contiguous run, never the positions. Sections after the positions start 8-byte
// aligned so they can be viewed as typed arrays without copying.
//
// Version 4 (written now) packs the dictionary and codes postings in bits, which
// makes a segment about a third smaller than version 3 (Uint32 offsets, a posting
// of one body occurrence in a single varint) and version 2 (Float64 offsets, two
// varints a posting). Both are still read, and merges rewrite them as version 4.
//
// Version 5 (written now) is version 4 plus a unigram term ('c' + character, no
// positions) for every CJK character, counting each of its occurrences: a
// one-character query reads that one list instead of adding up the lists of every
// bigram the character starts (a frequent character starts a thousand). Segments
// of versions 2–4 answer it the old way; a merge writes version 5 only when every
// input is version 5 (else version 4, its unigram terms left out), so a segment
// never holds unigram lists for only some of its documents.

const MAGIC_STEM = 'FOLIOIX';
export const VERSION = 5;
/** The first version whose segments hold a unigram list for every CJK character they contain. */
export const UNIGRAMS_SINCE = 5;
const READABLE_VERSIONS = [2, 3, 4, 5];
export const HEADER_BYTES = 64;
/** Section offsets are Uint32 from version 3: a segment's docs and positions sections stay below this. */
export const MAX_SECTION_BYTES = 2 ** 32 - 1;

export interface SegmentHeader {
  version: number;
  docCount: number;
  termCount: number;
  termChars: number;
  docsBytes: number;
  positionsBytes: number;
  /** Version 4: bytes of the packed dictionary (0 before). */
  dictionaryBytes: number;
}

/** Where a version 2 or 3 segment keeps its dictionary arrays. */
export interface ArrayDictionaryLayout {
  textStart: number;
  df: number;
  docsStart: number;
  positionsStart: number;
  text: number;
}

export interface SectionLayout {
  docs: number;
  positions: number;
  columns: number;
  /** The dictionary: packed bytes from here to end (version 4), or arrays at these offsets. */
  dictionary: number | ArrayDictionaryLayout;
  end: number;
}

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

/** Bytes of one section offset: Float64 in version 2, Uint32 since. */
const offsetBytes = (version: number): number => (version === 2 ? 8 : 4);

export function layoutOf(h: SegmentHeader): SectionLayout {
  const offsets = (h.termCount + 1) * offsetBytes(h.version);
  const docs = HEADER_BYTES;
  const positions = docs + h.docsBytes;
  const columns = align8(positions + h.positionsBytes);
  if (h.version >= 4) {
    const dictionary = columns + h.docCount * 12;
    return { docs, positions, columns, dictionary, end: dictionary + h.dictionaryBytes };
  }
  const textStart = align8(columns + h.docCount * 12);
  const df = align8(textStart + (h.termCount + 1) * 4);
  const docsStart = align8(df + h.termCount * 4);
  const positionsStart = align8(docsStart + offsets);
  const text = align8(positionsStart + offsets);
  return { docs, positions, columns, dictionary: { textStart, df, docsStart, positionsStart, text }, end: text + h.termChars * 2 };
}

export function writeHeader(h: SegmentHeader): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES);
  const magic = MAGIC_STEM + String(h.version);
  for (let i = 0; i < magic.length; i++) out[i] = magic.charCodeAt(i);
  const view = new DataView(out.buffer);
  view.setUint32(8, h.version, true);
  view.setUint32(12, h.docCount, true);
  view.setUint32(16, h.termCount, true);
  view.setUint32(20, h.termChars, true);
  view.setFloat64(24, h.docsBytes, true);
  view.setFloat64(32, h.positionsBytes, true);
  view.setFloat64(40, h.dictionaryBytes, true);
  return out;
}

export function readHeader(bytes: Uint8Array): SegmentHeader {
  const magic = String.fromCharCode(...bytes.subarray(0, MAGIC_STEM.length + 1));
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  const version = view.getUint32(8, true);
  if (magic !== MAGIC_STEM + String(version) || !READABLE_VERSIONS.includes(version)) {
    throw new Error(`not a Folio index segment of a version this Folio reads (${READABLE_VERSIONS.join(', ')})`);
  }
  return {
    version,
    docCount: view.getUint32(12, true),
    termCount: view.getUint32(16, true),
    termChars: view.getUint32(20, true),
    docsBytes: view.getFloat64(24, true),
    positionsBytes: view.getFloat64(32, true),
    dictionaryBytes: version >= 4 ? view.getFloat64(40, true) : 0,
  };
}
