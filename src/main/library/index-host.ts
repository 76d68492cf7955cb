// The library seen from the index pipeline (search/index/index-pipeline.ts): where
// segment files go and how the library lists them.
import type { IndexHost } from '../search/index/index-pipeline';
import type { Library } from './library';

export function indexHostOf(library: Library): IndexHost {
  return {
    dir: library.paths.index,
    // A getter: the index is opened when first needed (see Library.index).
    get index() {
      return library.index;
    },
    nextSegmentId: () => library.db.nextSegmentId(),
    putSegment: (id, file, docs, bytes) => library.db.putSegment(id, file, docs, bytes),
    deleteSegments: (ids) => library.db.deleteSegments(ids),
    markSegmentChanged: (id) => library.markSegmentChanged(id),
    retireSegmentFile: (file) => library.retireSegmentFile(file),
  };
}
