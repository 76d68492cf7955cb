// The import's CPU-heavy work on the calling thread: for unit tests, which run
// the sources and have no built worker file to start. Loaded only when used, so
// the parsers never load into the app's or CLI's main thread.
import { IndexBuilder } from '../../search/index/index-builder';
import type { ImportWorkers } from './import-work';
import { prepareFile } from '../prepare-file';

export function inlineWorkers(): ImportWorkers {
  const index = new IndexBuilder();
  let indexBytes = 0;
  return {
    parallelism: 1,
    get indexBytes() {
      return indexBytes;
    },
    prepare: async (task) => prepareFile(task),
    indexAdd: (articleId, article) => {
      indexBytes = index.add(articleId, article);
    },
    indexFlush: async (path) => {
      indexBytes = 0;
      return index.flush(path);
    },
    indexDiscard: async () => {
      indexBytes = 0;
      index.discard();
    },
    indexMerge: async (request) => index.merge(request),
    parsingDone: () => undefined,
    close: async () => undefined,
  };
}
