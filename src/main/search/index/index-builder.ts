// Tokenises accepted articles and writes them out as index segments; also merges
// segments. Lives in the index worker (or inline in tests).
import { normalize } from '../normalize';
import { tokenizeDocument } from '../tokenize';
import { mergeSegments } from './segment-merge';
import type { MergeInput } from './segment-merge';
import { SegmentReader } from './segment-reader';
import { SegmentBuilder } from './segment-writer';

export interface SegmentWritten {
  docs: number;
  bytes: number;
  /** The file's block checksums, recorded in the manifest. */
  checks: Uint8Array;
}

/**
 * What the index is made of for one article: its title and plain text, as stored. The index
 * worker tokenises them: an import's parse thread, its critical path, no longer does (a fifth of
 * its work), and a text crosses threads in a quarter of the bytes its tokens took.
 */
export interface IndexedText {
  title: string;
  text: string;
}

export interface MergeRequest {
  /** checks: as recorded, so damaged input is refused rather than merged into a fresh, well-checked file. */
  inputs: { path: string; dead: Uint8Array | null; checks: Uint8Array | null }[];
  out: string;
}

export class IndexBuilder {
  /** Documents are encoded as they arrive: the worker holds compressed postings, not token arrays. */
  private pending = new SegmentBuilder();

  /** An article added twice before a flush is indexed once, as it is now. Returns the bytes the pending segment holds. */
  add(articleId: number, article: IndexedText): number {
    this.pending.add(articleId, tokenizeDocument(normalize(article.title), normalize(article.text)));
    return this.pending.bytesHeld;
  }

  get size(): number {
    return this.pending.docCount;
  }

  /** Writes the pending documents to path; null when there are none. */
  flush(path: string): SegmentWritten | null {
    if (this.pending.docCount === 0) return null;
    const builder = this.pending;
    this.pending = new SegmentBuilder();
    const { bytes, checks } = builder.write(path);
    return { docs: builder.docCount, bytes, checks };
  }

  discard(): void {
    this.pending = new SegmentBuilder();
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
