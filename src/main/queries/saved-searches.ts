// Saved searches as the library pane shows them: the stored row, the view it was
// pinned in, and how many articles it matches now (later imports included).
import type { LibraryView, SavedSearch } from '../../shared/model';
import { libraryViewSchema } from '../../shared/requests';
import type { SavedSearchRow } from '../library/records';

/** The stored view; one that no longer reads (a hand-edited state.db) searches everything. */
export function parseView(json: string): LibraryView {
  try {
    const parsed = libraryViewSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : { kind: 'all' };
  } catch {
    return { kind: 'all' };
  }
}

export function savedSearch(row: SavedSearchRow, view: LibraryView, counts: { total: number; unread: number }): SavedSearch {
  return { id: row.id, name: row.name, query: row.query, view, total: counts.total, unread: counts.unread };
}
