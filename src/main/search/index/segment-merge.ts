// Merges segments into one, dropping dead documents. Live documents are
// renumbered in input order, so every posting list stays ascending. Each input is
// read front to back in large blocks (its terms' postings are stored in
// dictionary order), and a document's positions are copied as bytes, never
// decoded: only document numbers change in a merge.
import { SegmentFileWriter } from './segment-file-writer';
import { decodeDocs } from './segment-reader';
import type { DocList, SegmentReader, Section } from './segment-reader';

export interface MergeInput {
  reader: SegmentReader;
  /** dead[local] === 1 for documents that must not survive (removed or replaced articles). */
  dead: Uint8Array | null;
}

const BLOCK = 8 << 20;

/** Reads one section of one input in order, a block at a time. */
class SequentialSection {
  private block: Uint8Array = new Uint8Array(0);
  private blockStart = 0;

  constructor(
    private readonly reader: SegmentReader,
    private readonly section: Section,
  ) {}

  /** The term's stream in this section. */
  term(rank: number): Uint8Array {
    const { start, end } = this.reader.range(this.section, rank, rank + 1);
    if (start < this.blockStart || end > this.blockStart + this.block.length) {
      const available = this.reader.range(this.section, rank, this.reader.termCount).end - start;
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
  list: DocList;
  map: Int32Array;
  /** The positions stream, as stored. */
  positions: Uint8Array;
}

/** Copies the positions of the live documents: whole when none is dead, else document by document. */
function copyPositions(out: SegmentFileWriter, part: TermPart): void {
  const { list, map, positions } = part;
  let allLive = true;
  for (const d of list.docs) if ((map[d] as number) < 0) allLive = false;
  if (allLive) {
    out.rawPositions(positions);
    return;
  }
  let at = 0;
  for (let i = 0; i < list.docs.length; i++) {
    const from = at;
    // Skip this document's varints: each ends at a byte below 0x80.
    for (let n = (list.titleTf[i] as number) + (list.bodyTf[i] as number); n > 0; n--) while ((positions[at++] as number) >= 0x80);
    if ((map[list.docs[i] as number] as number) >= 0) out.rawPositions(positions.subarray(from, at));
  }
}

/** Writes one term's merged postings; a term whose documents are all dead is left out. */
function mergeTerm(out: SegmentFileWriter, name: string, parts: TermPart[]): void {
  let df = 0;
  for (const { list, map } of parts) for (const d of list.docs) if ((map[d] as number) >= 0) df++;
  if (df === 0) return;
  out.beginTerm(name);
  let prev = -1;
  for (const { list, map } of parts) {
    for (let i = 0; i < list.docs.length; i++) {
      const n = map[list.docs[i] as number] as number;
      if (n < 0) continue;
      out.doc(n - prev, list.titleTf[i] as number, list.bodyTf[i] as number);
      prev = n;
    }
  }
  out.endDocs(df);
  for (const part of parts) if (part.positions.length > 0) copyPositions(out, part);
  out.endTerm();
}

export function mergeSegments(inputs: MergeInput[], path: string): { bytes: number; terms: number; docs: number; checks: Uint8Array } {
  const { remap, live } = renumber(inputs);
  const docs = inputs.map(({ reader }) => new SequentialSection(reader, 'docs'));
  const positions = inputs.map(({ reader }) => new SequentialSection(reader, 'positions'));
  const out = new SegmentFileWriter(path);
  try {
    const cursor = inputs.map(() => 0);
    const current = inputs.map(({ reader }) => (reader.termCount > 0 ? reader.termName(0) : null));
    for (;;) {
      let min: string | null = null;
      for (const name of current) if (name !== null && (min === null || name < min)) min = name;
      if (min === null) break;
      const parts: TermPart[] = [];
      inputs.forEach(({ reader }, i) => {
        if (current[i] !== min) return;
        const rank = cursor[i] as number;
        parts.push({
          list: decodeDocs((docs[i] as SequentialSection).term(rank), reader.df(rank), reader.version),
          map: remap[i] as Int32Array,
          positions: (positions[i] as SequentialSection).term(rank),
        });
        cursor[i] = rank + 1;
        current[i] = rank + 1 < reader.termCount ? reader.termName(rank + 1) : null;
      });
      mergeTerm(out, min, parts);
    }
    const result = out.finish(docColumns(inputs, remap, live));
    return { ...result, docs: live };
  } catch (error) {
    out.abort();
    throw error;
  }
}
