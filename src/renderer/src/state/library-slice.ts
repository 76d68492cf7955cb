import { folio } from './folio-client';
import type { LibrarySlice, SliceCreator } from './store-types';
import { viewKey } from './view-key';

export const createLibrarySlice: SliceCreator<LibrarySlice> = (set, get) => ({
  status: 'loading',
  overview: null,
  view: { kind: 'all' },

  async initialise() {
    set({ status: 'loading' });
    try {
      // Settings failures are reported but not fatal: the defaults still give a usable UI.
      const [overview] = await Promise.all([folio.getOverview({}), get().loadSettings()]);
      set({ overview, status: 'ready' });
      await Promise.all([get().restoreSession(), get().loadSavedSearches()]);
    } catch (error) {
      set({ status: 'failed' });
      get().reportError(error);
    }
  },

  async loadOverview() {
    try {
      set({ overview: await folio.getOverview({}) });
    } catch (error) {
      get().reportError(error);
    }
  },

  selectView(view) {
    if (viewKey(view) === viewKey(get().view)) return;
    set({ view });
    void get().reloadList();
    if (get().searchedQuery !== '') void get().runSearch();
  },

  async refreshLibrary() {
    const { searchedQuery, runSearch } = get();
    await Promise.all([get().loadOverview(), get().reloadList(true), searchedQuery !== '' ? runSearch() : null, get().loadSavedSearches()]);
  },
});
