// The import worker thread: prepares files, or (the one index worker) builds
// and merges index segments.
import { parentPort } from 'node:worker_threads';
import { IndexBuilder } from '../../search/index/index-builder';
import { prepareFile } from '../prepare-file';
import { WORKER_READY, transferablesOf } from './worker-protocol';
import type { WorkerRequest, WorkerResponse, WorkerStarted } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('import-worker must run as a worker thread');

const index = new IndexBuilder();

function handle(msg: WorkerRequest) {
  switch (msg.type) {
    case 'prepare':
      return prepareFile(msg.task);
    case 'index-add':
      return index.add(msg.articleId, msg.article);
    case 'index-flush':
      return index.flush(msg.path);
    case 'index-discard':
      index.discard();
      return null;
    case 'index-merge':
      return index.merge(msg.request);
  }
}

port.postMessage(WORKER_READY);

port.on('message', (msg: WorkerRequest) => {
  let response: WorkerResponse;
  if (msg.type === 'prepare') port.postMessage({ id: msg.id, started: true } satisfies WorkerStarted);
  try {
    const value = handle(msg);
    response = { id: msg.id, ok: true, value };
    port.postMessage(response, transferablesOf(value));
  } catch (error) {
    response = { id: msg.id, ok: false, message: error instanceof Error ? error.message : String(error) };
    port.postMessage(response);
  }
});
