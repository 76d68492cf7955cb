// What an import job asks of the threads its CPU-heavy work runs on: worker threads
// in the app and CLI (import-workers.ts), the calling thread in unit tests
// (inline-workers.ts).
import type { IndexedText, MergeRequest, SegmentWritten } from '../../search/index/index-builder';
import type { FileTask, PreparedFile } from '../prepared-file';

export interface ImportWorkers {
  /** How many files to keep in flight. */
  readonly parallelism: number;
  /**
   * The bytes the index worker holds for the segment it is building, as it last reported (an add's
   * answer comes a moment after it is sent); 0 from a flush or discard on.
   */
  readonly indexBytes: number;
  prepare(task: FileTask): Promise<PreparedFile>;
  indexAdd(articleId: number, article: IndexedText): void;
  indexFlush(path: string): Promise<SegmentWritten | null>;
  indexDiscard(): Promise<void>;
  indexMerge(request: MergeRequest): Promise<SegmentWritten>;
  /**
   * The job has no more files to parse: the parse threads end (a later file would start them
   * again), so their heaps are not held while the last segment is written and merged and the
   * library saved, where an import's memory peaks.
   */
  parsingDone(): void;
  close(): Promise<void>;
}
