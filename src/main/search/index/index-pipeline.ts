// Turns the articles a job accepts into index segments without holding the job
// up: a flush goes to the index worker, a merge to the merge worker, and the job
// goes on feeding the parse workers; each result is registered when it arrives.
// Segments of similar size are merged once there are MERGE_FACTOR of them (a
// log-structured merge, so every document is rewritten only a few times however
// large the library grows). A commit needs the flushes done (so every committed
// article is searchable), not the merges, which can take a while.
import { join } from 'node:path';
import type { MergeRequest, SegmentWritten } from './index-builder';
import type { SegmentSet } from './segment-set';

/**
 * What the pipeline needs from the library it indexes into. The Library implements it
 * (its intent methods), so the index knows nothing of the library's databases.
 */
export interface IndexHost {
  readonly paths: { readonly index: string };
  /** The library's live index, which new segments join. */
  readonly index: SegmentSet;
  /** A new segment's id, file name and path. */
  newSegmentFile(): { id: number; file: string; path: string };
  /** Makes a newly written segment part of the index and of the manifest the next checkpoint records. */
  addSegment(id: number, file: string, written: SegmentWritten): void;
  /** Swaps merged-away segments for their merge result (see SegmentSet.replace for snapshot). */
  replaceSegments(oldIds: number[], id: number, file: string, written: SegmentWritten, snapshot: Uint8Array[]): void;
}

/** The threads that write and merge segments (the import's index and merge workers). */
export interface IndexWorkers {
  indexFlush(path: string): Promise<SegmentWritten | null>;
  indexMerge(request: MergeRequest): Promise<SegmentWritten>;
}

export const MERGE_FACTOR = 8;
/** Segment sizes (documents) are grouped in tiers of MERGE_FACTOR× this. */
const TIER_BASE = 2000;
/**
 * Segments larger than this (some 60,000 articles) are left as they are, so a merge's
 * output stays far below the 4 GB that a segment's Uint32 offsets can address.
 */
const MERGE_INPUT_MAX_BYTES = 256 * 1024 * 1024;

function tierOf(docs: number): number {
  return Math.max(0, Math.floor(Math.log(Math.max(docs, 1) / TIER_BASE) / Math.log(MERGE_FACTOR)));
}

export class IndexPipeline {
  private readonly flushes = new Set<Promise<void>>();
  private readonly merges = new Set<Promise<void>>();
  private merging = false;
  private failure: Error | null = null;

  constructor(
    private readonly library: IndexHost,
    private readonly workers: IndexWorkers,
  ) {}

  private track(work: Promise<void>, into: Set<Promise<void>>): void {
    const tracked = work.catch((error: unknown) => {
      this.failure ??= error instanceof Error ? error : new Error(String(error));
    });
    into.add(tracked);
    // Fire and forget: tracked cannot reject (its failure is kept in this.failure and rethrown by settle()).
    void tracked.finally(() => into.delete(tracked));
  }

  /** Writes the articles added since the last flush as a new segment (in the background). */
  flush(): void {
    const { id, file, path } = this.library.newSegmentFile();
    this.track(
      this.workers.indexFlush(path).then((written) => {
        if (!written) return;
        this.library.addSegment(id, file, written);
        this.mergeIfCrowded();
      }),
      this.flushes,
    );
  }

  private mergeIfCrowded(): void {
    if (this.merging) return;
    const tiers = new Map<number, number[]>();
    for (const s of this.library.index.segments) {
      if (s.reader.bytes > MERGE_INPUT_MAX_BYTES) continue;
      const tier = tierOf(s.reader.docCount - s.dead.reduce((n, d) => n + d, 0));
      tiers.set(tier, [...(tiers.get(tier) ?? []), s.id]);
    }
    const crowded = [...tiers.values()].find((ids) => ids.length >= MERGE_FACTOR);
    if (!crowded) return;
    this.merging = true;
    this.track(
      this.merge(crowded).finally(() => {
        this.merging = false;
        if (!this.failure) this.mergeIfCrowded();
      }),
      this.merges,
    );
  }

  private async merge(ids: number[]): Promise<void> {
    const inputs = this.library.index.segments.filter((s) => ids.includes(s.id));
    // Documents that die while the merge runs are still in its output; replace() finds them by this snapshot.
    const snapshot = inputs.map((s) => s.dead.slice());
    const { id, file, path } = this.library.newSegmentFile();
    const written = await this.workers.indexMerge({
      inputs: inputs.map((s, i) => ({ path: join(this.library.paths.index, s.file), dead: snapshot[i] ?? null, checks: s.checks })),
      out: path,
    });
    this.library.replaceSegments(ids, id, file, written, snapshot);
  }

  /** Waits until every flush sent so far is registered (what a commit needs); rethrows the first failure. */
  async settleFlushes(): Promise<void> {
    while (this.flushes.size > 0) await Promise.all([...this.flushes]);
    if (this.failure) throw this.failure;
  }

  /** Waits for the flushes and for the merges they lead to (the end of a job). */
  async settle(): Promise<void> {
    while (this.flushes.size + this.merges.size > 0) await Promise.all([...this.flushes, ...this.merges]);
    if (this.failure) throw this.failure;
  }
}
