import type { Requests } from '../../../shared/contract';
import type { SearchHit } from '../../../shared/model';
import { folio } from './folio-client';
import { createPageLoader } from './page-loader';
import { emptyRows, rowAt, updateRows, withPage } from './paged-rows';
import type { SearchSlice, SliceCreator } from './store-types';

/** The first page is what a keystroke waits for: keep it to what fills a screen or two. */
const SEARCH_PAGE_SIZE = 50;
/** Hits of the first page that come with snippets: a screenful; rows scrolled to ask for theirs (getSnippets). */
const SNIPPETS_FIRST = 16;
/** Development builds ask for each hit's score parts (the ranking overlay). */
const EXPLAIN = import.meta.env.DEV;

export const createSearchSlice: SliceCreator<SearchSlice> = (set, get) => {
  // What the shown results were searched with: later pages must ask the same question,
  // even while a newer search (other text, view or sort) is on its way.
  let searched: Omit<Requests['search'], 'offset' | 'limit'> | null = null;

  // Snippets already asked for, in the results of `askedSeq`; and the rows last in view.
  let asked = new Set<number>();
  let askedSeq = -1;
  let inView: [number, number] = [0, 0];

  /** Asks for the snippets of the rows in view that came without one. */
  const ensureSnippets = () => {
    const s = get();
    if (!searched) return;
    if (askedSeq !== s.resultsSeq) {
      asked = new Set();
      askedSeq = s.resultsSeq;
    }
    const ids: number[] = [];
    for (let i = inView[0]; i <= inView[1]; i++) {
      const hit = rowAt(s.results, i);
      if (hit && hit.snippet === null && !asked.has(hit.id)) ids.push(hit.id);
    }
    if (ids.length === 0) return;
    for (const id of ids) asked.add(id);
    const seq = s.resultsSeq;
    folio.getSnippets({ query: searched.query, ids }).then(
      ({ snippets }) => {
        if (get().resultsSeq !== seq) return;
        const byId = new Map(snippets.map((x) => [x.id, x]));
        set((st) => ({
          results: updateRows(st.results, (hit) => {
            const found = hit.snippet === null ? byId.get(hit.id) : undefined;
            return found ? { ...hit, snippet: found.snippet, highlights: found.highlights } : hit;
          }),
        }));
      },
      (error: unknown) => get().reportError(error),
    );
  };

  const loader = createPageLoader<SearchHit>({
    rows: () => get().results,
    generation: () => get().resultsSeq,
    fetchPage: async (offset, limit) => {
      if (!searched) return { total: 0, rows: [] };
      const result = await folio.search({ ...searched, offset, limit, explain: EXPLAIN, snippets: 0 });
      return { total: result.total, rows: result.hits };
    },
    store: (results) => {
      set({ results });
      ensureSnippets();
    },
    fail: (error) => get().reportError(error),
  });

  const leaveSearch = () => {
    loader.reset(false);
    searched = null;
    set((s) => ({
      searchSeq: s.searchSeq + 1,
      resultsSeq: s.searchSeq + 1,
      searchedQuery: '',
      results: emptyRows<SearchHit>(SEARCH_PAGE_SIZE),
      summary: null,
      searching: false,
      hitCursor: 0,
      headlines: [],
      didYouMean: null,
    }));
  };

  return {
    query: '',
    searchedQuery: '',
    searchSort: 'relevance',
    results: emptyRows(SEARCH_PAGE_SIZE),
    summary: null,
    searchSeq: 0,
    resultsSeq: 0,
    searching: false,
    hitCursor: 0,
    history: [],
    headlines: [],
    didYouMean: null,
    searchFocusRequest: 0,

    setQuery(query, search = true) {
      if (query !== get().query) get().clearHighlights();
      set({ query });
      if (!search) return;
      if (query.trim() === '') return leaveSearch();
      // Every keystroke searches at once, with no typing delay: the search runs in a worker and a newer one
      // cancels it there, so a keystroke costs the window nothing, and waiting only delayed the last one's answer.
      void get().runSearch();
    },

    async runSearch() {
      const { query, view, searchSort: sort } = get();
      if (query.trim() === '') return leaveSearch();
      const seq = get().searchSeq + 1;
      set({ searchSeq: seq, searching: true });
      try {
        // A newer search cancels this one in the service; its answer is then an error nobody sees.
        const result = await folio.search({
          query,
          view,
          sort,
          offset: 0,
          limit: SEARCH_PAGE_SIZE,
          explain: EXPLAIN,
          snippets: SNIPPETS_FIRST,
        });
        // A slower answer to an older keystroke must never replace a newer one.
        if (get().searchSeq !== seq) return;
        searched = { query, view, sort };
        loader.reset(false);
        set({
          resultsSeq: seq,
          results: withPage(emptyRows<SearchHit>(SEARCH_PAGE_SIZE), 0, result.total, result.hits),
          summary: result.query,
          searchedQuery: query,
          searching: false,
          hitCursor: 0,
          headlines: result.headlines,
          didYouMean: result.didYouMean,
        });
      } catch (error) {
        if (get().searchSeq !== seq) return;
        set({ searching: false });
        get().reportError(error);
      }
    },

    ensureHitRange(first, last) {
      inView = [first, last];
      loader.ensure(first, last);
      ensureSnippets();
    },

    setSearchSort(searchSort) {
      if (searchSort === get().searchSort) return;
      set({ searchSort });
      if (get().query.trim() !== '') void get().runSearch();
    },

    async loadHistory() {
      try {
        set({ history: (await folio.getSearchHistory({})).queries });
      } catch (error) {
        get().reportError(error);
      }
    },

    async clearHistory() {
      try {
        await folio.clearSearchHistory({});
        set({ history: [] });
      } catch (error) {
        get().reportError(error);
      }
    },

    recordSearch(query) {
      if (query.trim() === '') return;
      folio.recordSearch({ query }).catch((error: unknown) => get().reportError(error));
    },

    requestSearchFocus() {
      set((s) => ({ searchFocusRequest: s.searchFocusRequest + 1 }));
    },
  };
};
