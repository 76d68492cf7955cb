// Merges segments into one, dropping dead documents. Live documents are
// renumbered in input order, so every posting list stays ascending.
import { SegmentFileWriter } from './segment-file-writer';
import type { SegmentReader } from './segment-reader';

export interface MergeInput {
  reader: SegmentReader;
  /** dead[local] === 1 for documents that must not survive (removed or replaced articles). */
  dead: Uint8Array | null;
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

/** Writes one term's merged postings; a term whose documents are all dead is left out. */
function mergeTerm(out: SegmentFileWriter, name: string, parts: { reader: SegmentReader; rank: number; map: Int32Array }[]): void {
  const positional = parts.some((p) => p.reader.hasPositions(p.rank));
  const lists = parts.map((p) => ({ map: p.map, list: positional ? p.reader.docListWithPositions(p.rank) : { ...p.reader.docList(p.rank), positions: null } }));
  let df = 0;
  for (const { map, list } of lists) for (const d of list.docs) if ((map[d] as number) >= 0) df++;
  if (df === 0) return;
  out.beginTerm(name);
  let prev = -1;
  for (const { map, list } of lists) {
    for (let i = 0; i < list.docs.length; i++) {
      const n = map[list.docs[i] as number] as number;
      if (n < 0) continue;
      out.doc(n - prev, list.titleTf[i] as number, list.bodyTf[i] as number);
      prev = n;
    }
  }
  out.endDocs(df);
  if (positional) {
    for (const { map, list } of lists) {
      let at = 0;
      for (let i = 0; i < list.docs.length; i++) {
        const count = (list.titleTf[i] as number) + (list.bodyTf[i] as number);
        if ((map[list.docs[i] as number] as number) >= 0) {
          let prevPos = 0;
          for (let k = at; k < at + count; k++) {
            const p = (list.positions as Uint32Array)[k] as number;
            out.position(p - prevPos);
            prevPos = p;
          }
        }
        at += count;
      }
    }
  }
  out.endTerm();
}

export function mergeSegments(inputs: MergeInput[], path: string): { bytes: number; terms: number; docs: number } {
  const { remap, live } = renumber(inputs);
  const out = new SegmentFileWriter(path);
  try {
    const cursor = inputs.map(() => 0);
    const current = inputs.map(({ reader }) => (reader.termCount > 0 ? reader.termName(0) : null));
    for (;;) {
      let min: string | null = null;
      for (const name of current) if (name !== null && (min === null || name < min)) min = name;
      if (min === null) break;
      const parts: { reader: SegmentReader; rank: number; map: Int32Array }[] = [];
      inputs.forEach(({ reader }, i) => {
        if (current[i] !== min) return;
        parts.push({ reader, rank: cursor[i] as number, map: remap[i] as Int32Array });
        const next = (cursor[i] as number) + 1;
        cursor[i] = next;
        current[i] = next < reader.termCount ? reader.termName(next) : null;
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
