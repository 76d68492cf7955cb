// Searches on the calling thread, over the service's own library (CLI, tests, e2e).
import type { Library } from '../library/library';
import { countMatches, searchArticles } from '../queries/search-articles';
import { hitSnippets } from '../queries/search-hits';
import type { Searcher } from './searcher';

/** Characters of the newest headline searched for while warming: a word or two, as a person would type. */
const PROBE_LENGTH = 4;

/**
 * Opens the index, reads the catalog and headlines, normalises every headline and runs one search
 * nobody sees: what a first search would otherwise pay (cold, the search code took three times as
 * long as warm). Once a real search waits, it stops at once — between steps, within the headlines,
 * or inside the unseen search — and the waiting search pays only its own share of the rest (the
 * headlines it ranks) and warms the code itself. It never throws: damage met while warming is noted
 * in the library's notices (a worker sends them with its answer), the library stays open, and the
 * search that needs the damaged part reports it as it always does.
 */
export function warmLibrary(library: Library, searchWaiting: () => boolean = () => false): void {
  warmIndex(library);
  try {
    void library.catalog;
    if (searchWaiting() || !library.titles.normalizeAll(searchWaiting)) return;
    const newest = library.catalog.page({ kind: 'all' }, true, 0, 1).ids[0];
    const probe = newest === undefined ? '' : library.titles.title(newest).slice(0, PROBE_LENGTH).trim();
    if (probe === '' || searchWaiting()) return;
    const request = { query: probe, view: { kind: 'all' as const }, sort: 'relevance' as const, offset: 0, limit: 50, snippets: 16 };
    searchArticles(library, request, searchWaiting);
  } catch {
    // See above: noted, and reported by the search that needs it; or the unseen search gave way.
  }
}

/** What every search reads besides the catalog (which the search worker is handed): never wasted, however soon one comes. */
export function warmIndex(library: Library): void {
  try {
    for (const segment of library.index.segments) segment.reader.readDictionary();
    void library.titles;
  } catch {
    // Noted, and reported by the search that needs it (see warmLibrary).
  }
}

export class InProcessSearcher implements Searcher {
  private warming: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly library: Library) {}

  async search(request: Parameters<Searcher['search']>[0]) {
    return searchArticles(this.library, request);
  }

  async snippets(query: string, ids: readonly number[]) {
    return hitSnippets(this.library, query, ids);
  }

  async counts(queries: Parameters<Searcher['counts']>[0]) {
    return queries.map((q) => countMatches(this.library, q.query, q.view));
  }

  // The library's catalog and index are the service's own: nothing to forward.
  flagsChanged(): void {}

  libraryChanged(): void {}

  warm(): void {
    // After the current request's answer has gone out: the first list never waits for this.
    this.warming ??= setTimeout(() => warmLibrary(this.library), 0);
  }

  async close(): Promise<void> {
    if (this.warming) clearTimeout(this.warming);
  }
}
