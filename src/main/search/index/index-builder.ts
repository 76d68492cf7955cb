// Collects the tokens of accepted articles and writes them out as index
// segments; also merges segments. Lives in the index worker (or inline in tests).
import { unpackTokens } from './packed-tokens';
import type { PackedTokens } from './packed-tokens';
import { mergeSegments } from './segment-merge';
import type { MergeInput } from './segment-merge';
import { SegmentReader } from './segment-reader';
import { writeSegment } from './segment-writer';

export interface SegmentWritten {
  docs: number;
  bytes: number;
  /** The file's block checksums, recorded in the manifest. */
  checks: Uint8Array;
}

export interface MergeRequest {
  /** checks: as recorded, so damaged input is refused rather than merged into a fresh, well-checked file. */
  inputs: { path: string; dead: Uint8Array | null; checks: Uint8Array | null }[];
  out: string;
}

export class IndexBuilder {
  /** Keyed by article id: an article updated twice in one job is indexed once, as it is now. */
  private readonly pending = new Map<number, PackedTokens>();

  add(articleId: number, tokens: PackedTokens): void {
    this.pending.set(articleId, tokens);
  }

  get size(): number {
    return this.pending.size;
  }

  /** Writes the pending documents to path; null when there are none. */
  flush(path: string): SegmentWritten | null {
    if (this.pending.size === 0) return null;
    const docs = [...this.pending].map(([articleId, packed]) => ({ articleId, tokens: unpackTokens(packed) }));
    this.pending.clear();
    const { bytes, checks } = writeSegment(docs, path);
    return { docs: docs.length, bytes, checks };
  }

  discard(): void {
    this.pending.clear();
  }

  merge(request: MergeRequest): SegmentWritten {
    const readers: SegmentReader[] = [];
    try {
      for (const i of request.inputs) readers.push(new SegmentReader(i.path, i.checks));
      const inputs: MergeInput[] = readers.map((reader, k) => ({ reader, dead: request.inputs[k]?.dead ?? null }));
      const { docs, bytes, checks } = mergeSegments(inputs, request.out);
      return { docs, bytes, checks };
    } finally {
      for (const r of readers) r.close();
    }
  }
}
