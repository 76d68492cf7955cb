// Searches on the calling thread, over the service's own library (CLI, tests, e2e).
import type { Library } from '../library/library';
import { countMatches, searchArticles } from '../queries/search-articles';
import { hitSnippets } from '../queries/search-hits';
import type { Searcher } from './searcher';

/** Opens the index, reads and normalises every headline: what a first search would otherwise pay. */
export function warmLibrary(library: Library): void {
  void library.index;
  library.titles.normalizeAll();
  void library.catalog;
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
    this.warming ??= setTimeout(() => {
      try {
        warmLibrary(this.library);
      } catch {
        // A damaged index: the search that needs it reports that, with its message.
      }
    }, 0);
  }

  async close(): Promise<void> {
    if (this.warming) clearTimeout(this.warming);
  }
}
