import type { LibraryService } from '../../src/main/service';

/** Every article id of the open library, newest first. */
export function articleIds(service: LibraryService): number[] {
  const { catalog } = service.library;
  return catalog.page({ kind: 'all' }, true, 0, catalog.size).ids;
}
