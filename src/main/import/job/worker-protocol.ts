// Messages between the import job and its worker threads.
import type { IndexedText, MergeRequest, SegmentWritten } from '../../search/index/index-builder';
import type { FileTask, PreparedFile } from '../prepared-file';

export type WorkerCall =
  | { type: 'prepare'; task: FileTask }
  | { type: 'index-add'; articleId: number; article: IndexedText }
  | { type: 'index-flush'; path: string }
  | { type: 'index-discard' }
  | { type: 'index-merge'; request: MergeRequest };

export type WorkerRequest = WorkerCall & { id: number };

/** Posted once the worker's modules have loaded. A worker that dies before posting anything cannot start. */
export const WORKER_READY = 'ready';

/** Posted when the worker begins preparing a file: the file's time budget runs from here, not from when it was queued. */
export interface WorkerStarted {
  id: number;
  started: true;
}

export type WorkerResponse = { id: number; ok: true; value: WorkerValue } | { id: number; ok: false; message: string };

/** What a call answers: a prepared file, a written segment, the bytes the index worker holds after an add, or nothing. */
type WorkerValue = PreparedFile | SegmentWritten | number | null;

/** The buffers a prepared file carries, moved (not copied) across threads. */
export function transferablesOf(value: WorkerValue): ArrayBuffer[] {
  if (!value || typeof value === 'number' || !('kind' in value) || value.kind !== 'article') return [];
  return [value.body.bytes.buffer as ArrayBuffer];
}
