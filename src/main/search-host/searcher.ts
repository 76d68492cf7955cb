// Where searches run. The CLI and tests search in their own thread; the desktop
// app searches in a worker thread with its own heap (worker-searcher.ts), so the
// main process never waits on a search and a search's garbage never pauses it.
import type { HitSnippet, LibraryView, SearchResult } from '../../shared/model';
import type { SearchRequest } from '../queries/search-articles';

export interface SavedQuery {
  query: string;
  view: LibraryView;
}

export interface MatchCounts {
  total: number;
  unread: number;
}

export interface FlagChange {
  articleId: number;
  read: boolean;
  starred: boolean;
}

export interface Searcher {
  search(request: SearchRequest): Promise<SearchResult>;
  /** Snippets for hits sent without them (rows scrolled into view). */
  snippets(query: string, ids: readonly number[]): Promise<HitSnippet[]>;
  /** How many articles each saved query matches, and how many of those are unread. */
  counts(queries: readonly SavedQuery[]): Promise<MatchCounts[]>;
  /** Read or starred flags changed (is:unread, the unread view). */
  flagsChanged(changes: readonly FlagChange[]): void;
  /** A commit added, changed or removed articles. */
  libraryChanged(): void;
  /** Opens the index and reads the headlines now, in the background, so the first search answers as fast as later ones. */
  warm(): void;
  close(): Promise<void>;
}
