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
 * What the pipeline needs from the library it indexes into. The library implements it
 * (library/index-host.ts), so the index knows nothing of the library's databases.
 */
export interface IndexHost {
  /** The folder segment files are written to. */
  readonly dir: string;
  /** The library's live index, which new segments join. */
  readonly index: SegmentSet;
  nextSegmentId(): number;
  /** Lists a written segment in the library (durable from the next commit). */
  putSegment(id: number, file: string, docs: number, bytes: number): void;
  /** Drops merged segments from the library's list. */
  deleteSegments(ids: number[]): void;
  /** Notes that a segment's dead set changed, so the next commit records it. */
  markSegmentChanged(id: number): void;
  /** A segment file no longer used, to delete once the commit that drops it is durable. */
  retireSegmentFile(file: string): void;
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

const segmentFile = (id: number): string => `seg-${String(id).padStart(6, '0')}.idx`;

function tierOf(docs: number): number {
  return Math.max(0, Math.floor(Math.log(Math.max(docs, 1) / TIER_BASE) / Math.log(MERGE_FACTOR)));
}

export class IndexPipeline {
  private nextId: number;
  private readonly flushes = new Set<Promise<void>>();
  private readonly merges = new Set<Promise<void>>();
  private merging = false;
  private failure: Error | null = null;

  constructor(
    private readonly host: IndexHost,
    private readonly workers: IndexWorkers,
  ) {
    this.nextId = host.nextSegmentId();
  }

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
    const id = this.nextId++;
    const file = segmentFile(id);
    this.track(
      this.workers.indexFlush(join(this.host.dir, file)).then((written) => {
        if (!written) return;
        this.host.putSegment(id, file, written.docs, written.bytes);
        this.host.index.add({ id, file, dead: null });
        this.mergeIfCrowded();
      }),
      this.flushes,
    );
  }

  private mergeIfCrowded(): void {
    if (this.merging) return;
    const tiers = new Map<number, number[]>();
    for (const s of this.host.index.segments) {
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
    const inputs = this.host.index.segments.filter((s) => ids.includes(s.id));
    // Documents that die while the merge runs are still in its output; replace() finds them by this snapshot.
    const snapshot = inputs.map((s) => s.dead.slice());
    const id = this.nextId++;
    const file = segmentFile(id);
    const written = await this.workers.indexMerge({
      inputs: inputs.map((s, i) => ({ path: join(this.host.dir, s.file), dead: snapshot[i] ?? null })),
      out: join(this.host.dir, file),
    });
    this.host.deleteSegments(ids);
    this.host.putSegment(id, file, written.docs, written.bytes);
    if (this.host.index.replace(ids, { id, file, dead: null }, snapshot)) this.host.markSegmentChanged(id);
    for (const s of inputs) this.host.retireSegmentFile(s.file);
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
