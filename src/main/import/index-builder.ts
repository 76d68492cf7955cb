// Collects the tokens of accepted articles and writes them out as index
// segments; also merges segments. Lives in the index worker (or inline in tests).
import { mergeSegments } from '../search/index/segment-merge';
import type { MergeInput } from '../search/index/segment-merge';
import { SegmentReader } from '../search/index/segment-reader';
import { SegmentBuilder } from '../search/index/segment-writer';
import type { PackedTokens } from './prepared-file';
import { unpackTokens } from './prepare-file';

export interface SegmentWritten {
  docs: number;
  bytes: number;
}

export interface MergeRequest {
  inputs: { path: string; dead: Uint8Array | null }[];
  out: string;
}

export class IndexBuilder {
  /** Documents are encoded as they arrive: the worker holds compressed postings, not token arrays. */
  private pending = new SegmentBuilder();

  /** An article added twice before a flush is indexed once, as it is now. */
  add(articleId: number, tokens: PackedTokens): void {
    this.pending.add(articleId, unpackTokens(tokens));
  }

  get size(): number {
    return this.pending.docCount;
  }

  /** Writes the pending documents to path; null when there are none. */
  flush(path: string): SegmentWritten | null {
    if (this.pending.docCount === 0) return null;
    const builder = this.pending;
    this.pending = new SegmentBuilder();
    const { bytes } = builder.write(path);
    return { docs: builder.docCount, bytes };
  }

  discard(): void {
    this.pending = new SegmentBuilder();
  }

  merge(request: MergeRequest): SegmentWritten {
    const readers = request.inputs.map((i) => new SegmentReader(i.path));
    try {
      const inputs: MergeInput[] = readers.map((reader, k) => ({ reader, dead: request.inputs[k]?.dead ?? null }));
      const { docs, bytes } = mergeSegments(inputs, request.out);
      return { docs, bytes };
    } finally {
      for (const r of readers) r.close();
    }
  }
}
