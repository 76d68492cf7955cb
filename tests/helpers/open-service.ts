import type { FolioEvent } from '../../src/shared/contract';
import { LibraryService } from '../../src/main/service';

/** The real service on a library folder, parsing inline (unit tests run the sources, not the build). */
export function openService(dir: string, events: FolioEvent[] = [], readOnly = false): Promise<LibraryService> {
  return LibraryService.open({
    dir,
    workerFile: null,
    readOnly,
    imageUrl: (id) => `folio-image://image/${id}`,
    emit: (e) => events.push(e),
  });
}
