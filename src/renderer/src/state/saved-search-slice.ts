// Saved searches: pinned queries shown as views of the library pane, with their
// unread counts (which follow reading and later imports).
import { folio } from './folio-client';
import type { SavedSearchSlice, SliceCreator } from './store-types';

export const createSavedSearchSlice: SliceCreator<SavedSearchSlice> = (set, get) => {
  // A slow answer must not overwrite a newer list (a rename right after a star).
  let loadSeq = 0;
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      get().reportError(error);
    }
    await get().loadSavedSearches();
  };

  return {
    savedSearches: [],

    async loadSavedSearches() {
      const seq = ++loadSeq;
      try {
        const { searches } = await folio.listSavedSearches({});
        if (seq === loadSeq) set({ savedSearches: searches });
      } catch (error) {
        get().reportError(error);
      }
    },

    async saveCurrentSearch() {
      const query = get().searchedQuery.trim();
      if (query === '') return;
      await act(() => folio.saveSearch({ name: query, query, view: get().view }));
    },

    openSavedSearch(id) {
      const saved = get().savedSearches.find((s) => s.id === id);
      if (!saved) return;
      get().selectView(saved.view);
      get().setQuery(saved.query, false);
      void get().runSearch();
    },

    renameSavedSearch: (id, name) => act(() => folio.renameSavedSearch({ id, name })),
    moveSavedSearch: (id, index) => act(() => folio.moveSavedSearch({ id, index })),
    deleteSavedSearch: (id) => act(() => folio.deleteSavedSearch({ id })),
  };
};
