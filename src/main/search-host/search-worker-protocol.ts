// Messages between the service and its search worker. A search that a newer
// keystroke makes pointless is cancelled through a shared generation counter the
// worker checks as it goes (it cannot read messages while a search runs).
import type { FolioErrorShape } from '../../shared/errors';
import type { HitSnippet, LibraryNotice, SearchResult } from '../../shared/model';
import type { SearchRequest } from '../queries/search-articles';
import type { CatalogCopy, CatalogUserState } from '../library/catalog';
import type { FlagChange, MatchCounts, SavedQuery } from './searcher';

/**
 * state: what only the main process knows of the catalog, or null when the worker opens the library
 * the main process has just opened (its files say the same). loaded: library.db as the main process
 * loaded it, moved here rather than read and inflated again. catalogFollows: the main process sends
 * its catalog next (a 'catalog' request), so the worker does not build its own. searchesBefore: the
 * generation counter when this was sent — a higher count means a search waits behind the opening.
 */
export type SearchWorkerRequest =
  | {
      type: 'open';
      state: CatalogUserState | null;
      loaded: Uint8Array | null;
      generation: SharedArrayBuffer;
      catalogFollows: boolean;
      searchesBefore: number;
    }
  | { type: 'catalog'; catalog: CatalogCopy; searchesBefore: number }
  | { type: 'search'; request: SearchRequest; generation: number | null }
  | { type: 'snippets'; query: string; ids: number[] }
  | { type: 'counts'; queries: SavedQuery[] }
  | { type: 'flags'; changes: FlagChange[] }
  | { type: 'reload'; state: CatalogUserState; searchesBefore: number };

/** Given when the worker starts: the library folder, and where sql.js's wasm is (a packaged app keeps it outside its asar archive). */
export interface SearchWorkerData {
  sqlWasm: string | null;
  dir: string;
}

export type SearchWorkerCall = SearchWorkerRequest & { id: number };

export type SearchWorkerValue = SearchResult | HitSnippet[] | MatchCounts[] | null;

/** notices: the damage the worker's library has found in the files so far (the main process shows it). */
export type SearchWorkerResponse =
  | { id: number; ok: true; value: SearchWorkerValue; notices: LibraryNotice[] }
  | { id: number; ok: false; error: FolioErrorShape; notices: LibraryNotice[] };
