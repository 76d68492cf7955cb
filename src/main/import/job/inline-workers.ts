// The import's CPU-heavy work on the calling thread: for unit tests, which run
// the sources and have no built worker file to start. Loaded only when used, so
// the parsers never load into the app's or CLI's main thread.
import { IndexBuilder } from '../../search/index/index-builder';
import type { ImportWorkers } from './import-workers';
import { prepareFile } from '../prepare-file';

export function inlineWorkers(): ImportWorkers {
  const index = new IndexBuilder();
  return {
    parallelism: 1,
    prepare: async (task) => prepareFile(task),
    indexAdd: (articleId, tokens) => index.add(articleId, tokens),
    indexFlush: async (path) => index.flush(path),
    indexDiscard: async () => index.discard(),
    indexMerge: async (request) => index.merge(request),
    close: async () => undefined,
  };
}
