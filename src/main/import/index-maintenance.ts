// Keeps the index a handful of segments: each checkpoint writes the articles
// accepted since the last one as a new segment, and segments of similar size are
// merged once there are MERGE_FACTOR of them (a log-structured merge, so every
// document is rewritten only a few times however large the library grows).
import { join } from 'node:path';
import type { Library } from '../library/library';
import type { ImportWorkers } from './import-workers';

export const MERGE_FACTOR = 8;
/** Segment sizes (documents) are grouped in tiers of MERGE_FACTOR× this. */
const TIER_BASE = 2000;

const segmentFile = (id: number): string => `seg-${String(id).padStart(6, '0')}.idx`;

function tierOf(docs: number): number {
  return Math.max(0, Math.floor(Math.log(Math.max(docs, 1) / TIER_BASE) / Math.log(MERGE_FACTOR)));
}

/** Writes the pending documents as a new segment; false when there were none. */
export async function flushSegment(library: Library, workers: ImportWorkers): Promise<boolean> {
  const id = library.db.nextSegmentId();
  const file = segmentFile(id);
  const written = await workers.indexFlush(join(library.paths.index, file));
  if (!written) return false;
  library.db.putSegment(id, file, written.docs, written.bytes);
  library.index.add({ id, file, dead: null });
  return true;
}

/** Merges one crowded tier, if any; the merged-away files are deleted after the next commit. */
export async function mergeCrowdedTier(library: Library, workers: ImportWorkers): Promise<boolean> {
  const tiers = new Map<number, typeof library.index.segments>();
  for (const s of library.index.segments) {
    const tier = tierOf(s.reader.docCount - s.dead.reduce((n, d) => n + d, 0));
    tiers.set(tier, [...(tiers.get(tier) ?? []), s]);
  }
  const crowded = [...tiers.values()].find((group) => group.length >= MERGE_FACTOR);
  if (!crowded) return false;
  await mergeSegments(library, workers, crowded.map((s) => s.id));
  return true;
}

export async function mergeSegments(library: Library, workers: ImportWorkers, ids: number[]): Promise<void> {
  const inputs = library.index.segments.filter((s) => ids.includes(s.id));
  const id = library.db.nextSegmentId();
  const file = segmentFile(id);
  const written = await workers.indexMerge({
    inputs: inputs.map((s) => ({ path: join(library.paths.index, s.file), dead: s.dead })),
    out: join(library.paths.index, file),
  });
  library.db.deleteSegments(ids);
  library.db.putSegment(id, file, written.docs, written.bytes);
  library.index.replace(ids, { id, file, dead: null });
  for (const s of inputs) library.retireSegmentFile(s.file);
}
