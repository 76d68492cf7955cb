// Merges segments into one, dropping dead documents. Live documents are
// renumbered in input order, so every posting list stays ascending. Each input is
// read front to back in blocks (its terms' postings are stored in dictionary
// order), and positions are copied bit for bit unless a document among them died:
// only document numbers change in a merge.
import { riceParameter } from './bits';
import { SegmentFileWriter } from './segment-file-writer';
import type { TermCursor } from './segment-dictionary';
import { decodeDocs } from './segment-reader';
import type { DocList, SegmentReader, Section } from './segment-reader';
import { PositionReader, positionParameter } from './positions';
import { UNIGRAMS_SINCE, VERSION } from './segment-format';
import { UNIGRAM_PREFIX } from '../tokenize';

export interface MergeInput {
  reader: SegmentReader;
  /** dead[local] === 1 for documents that must not survive (removed or replaced articles). */
  dead: Uint8Array | null;
}

/**
 * Bytes read from an input section at a time. Two sections of eight inputs are
 * open at once in a merge, so this is kept small: 8 MB blocks made a merge's
 * buffers alone 128 MB of an import's peak memory, and a merge comes at the
 * peak of an import.
 */
const BLOCK = 1 << 18;

/** Reads one section of one input in order, a block at a time. */
class SequentialSection {
  private block: Uint8Array = new Uint8Array(0);
  private blockStart = 0;

  constructor(
    private readonly reader: SegmentReader,
    private readonly section: Section,
  ) {}

  /** The bytes [start, end) of the section: a term's stream. */
  term(start: number, end: number): Uint8Array {
    if (start < this.blockStart || end > this.blockStart + this.block.length) {
      const available = this.reader.sectionBytes[this.section] - start;
      this.block = this.reader.read(this.section, start, Math.min(Math.max(BLOCK, end - start), available));
      this.blockStart = start;
    }
    return this.block.subarray(start - this.blockStart, end - this.blockStart);
  }
}

function renumber(inputs: MergeInput[]): { remap: Int32Array[]; live: number } {
  let next = 0;
  const remap = inputs.map(({ reader, dead }) => {
    const map = new Int32Array(reader.docCount);
    for (let l = 0; l < reader.docCount; l++) map[l] = dead && dead[l] ? -1 : next++;
    return map;
  });
  return { remap, live: next };
}

function docColumns(inputs: MergeInput[], remap: Int32Array[], live: number) {
  const articleIds = new Uint32Array(live);
  const titleLengths = new Uint32Array(live);
  const bodyLengths = new Uint32Array(live);
  inputs.forEach(({ reader }, i) => {
    const map = remap[i] as Int32Array;
    for (let l = 0; l < reader.docCount; l++) {
      const n = map[l] as number;
      if (n < 0) continue;
      articleIds[n] = reader.articleIds[l] as number;
      titleLengths[n] = reader.titleLengths[l] as number;
      bodyLengths[n] = reader.bodyLengths[l] as number;
    }
  });
  return { articleIds, titleLengths, bodyLengths };
}

interface TermPart {
  reader: SegmentReader;
  list: DocList;
  map: Int32Array;
  /** The positions stream, as stored, and how many of its bits it holds. */
  positions: Uint8Array;
  positionsBits: number;
}

/**
 * Copies the positions of the live documents: a version 4 stream whole, bit for
 * bit, when none of its documents is dead (each document's coding depends only on
 * its length and count, which a merge keeps), else document by document, decoded
 * and coded again.
 */
function copyPositions(out: SegmentFileWriter, part: TermPart, scratch: { values: Uint32Array }): void {
  const { list, map, positions, reader } = part;
  let allLive = true;
  for (const d of list.docs) if ((map[d] as number) < 0) allLive = false;
  if (allLive && reader.version >= 4) {
    out.rawPositions(positions, part.positionsBits);
    return;
  }
  const r = new PositionReader(positions, reader.version);
  for (let i = 0; i < list.docs.length; i++) {
    const d = list.docs[i] as number;
    const n = (list.titleTf[i] as number) + (list.bodyTf[i] as number);
    if (n > scratch.values.length) scratch.values = new Uint32Array(Math.max(n, scratch.values.length * 2));
    r.read(n, positionParameter(reader.titleLengths[d] as number, reader.bodyLengths[d] as number, n), scratch.values, 0);
    const to = map[d] as number;
    if (to >= 0) out.positionsOf(to, scratch.values, 0, n);
  }
}

/** Writes one term's merged postings; a term whose documents are all dead is left out. */
function mergeTerm(out: SegmentFileWriter, name: string, parts: TermPart[], scratch: { values: Uint32Array }): void {
  let df = 0;
  for (const { list, map } of parts) for (const d of list.docs) if ((map[d] as number) >= 0) df++;
  if (df === 0) return;
  out.beginTerm(name, df);
  let prev = -1;
  for (const { list, map } of parts) {
    for (let i = 0; i < list.docs.length; i++) {
      const n = map[list.docs[i] as number] as number;
      if (n < 0) continue;
      out.doc(n - prev, list.titleTf[i] as number, list.bodyTf[i] as number);
      prev = n;
    }
  }
  out.endDocs();
  for (const part of parts) if (part.positions.length > 0) copyPositions(out, part, scratch);
  out.endTerm();
}

export function mergeSegments(inputs: MergeInput[], path: string): { bytes: number; terms: number; docs: number; checks: Uint8Array } {
  const { remap, live } = renumber(inputs);
  const docs = inputs.map(({ reader }) => new SequentialSection(reader, 'docs'));
  const positions = inputs.map(({ reader }) => new SequentialSection(reader, 'positions'));
  // Unigram lists only when every input has them: a list covering some documents would miss the others.
  const unigrams = inputs.every(({ reader }) => reader.version >= UNIGRAMS_SINCE);
  const out = new SegmentFileWriter(path, docColumns(inputs, remap, live), unigrams ? VERSION : UNIGRAMS_SINCE - 1);
  const scratch = { values: new Uint32Array(256) };
  try {
    const terms = inputs.map(({ reader }) => reader.termsInOrder());
    const current = terms.map((t) => (t.next() ? t.name : null));
    for (;;) {
      let min: string | null = null;
      for (const name of current) if (name !== null && (min === null || name < min)) min = name;
      if (min === null) break;
      const parts: TermPart[] = [];
      inputs.forEach(({ reader }, i) => {
        if (current[i] !== min) return;
        const t = terms[i] as TermCursor;
        parts.push({
          reader,
          list: decodeDocs(
            (docs[i] as SequentialSection).term(t.docsStart, t.docsEnd),
            t.df,
            reader.version,
            riceParameter(reader.docCount, t.df),
          ),
          map: remap[i] as Int32Array,
          positions: (positions[i] as SequentialSection).term(t.positionsStart, t.positionsEnd),
          positionsBits: t.positionsBits,
        });
        current[i] = t.next() ? t.name : null;
      });
      if (unigrams || !min.startsWith(UNIGRAM_PREFIX)) mergeTerm(out, min, parts, scratch);
    }
    const result = out.finish();
    return { ...result, docs: live };
  } catch (error) {
    out.abort();
    throw error;
  }
}
