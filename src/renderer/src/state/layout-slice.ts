// How the panes are laid out: a window preference (like the pane widths), so it is kept in this
// window's localStorage rather than in the library.
import type { LayoutSlice, LibraryPaneMode, SliceCreator } from './store-types';

const STORAGE_KEY = 'folio.layout';
const MODES: LibraryPaneMode[] = ['full', 'icons', 'hidden'];

function load(): { libraryMode: LibraryPaneMode; listHidden: boolean } {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { libraryMode?: unknown; listHidden?: unknown };
    return { libraryMode: MODES.find((m) => m === saved.libraryMode) ?? 'full', listHidden: saved.listHidden === true };
  } catch {
    return { libraryMode: 'full', listHidden: false };
  }
}

export const createLayoutSlice: SliceCreator<LayoutSlice> = (set, get) => {
  const save = () => localStorage.setItem(STORAGE_KEY, JSON.stringify({ libraryMode: get().libraryMode, listHidden: get().listHidden }));
  return {
    ...load(),

    libraryShown: 'full',

    // From what is shown, so in a narrow window (icons forced) B hides the pane at the first press.
    cycleLibraryMode() {
      set((s) => ({ libraryMode: MODES[(MODES.indexOf(s.libraryShown) + 1) % MODES.length] ?? 'full' }));
      save();
    },

    setLibraryMode(libraryMode) {
      set({ libraryMode });
      save();
    },

    setLibraryShown(libraryShown) {
      set({ libraryShown });
    },

    listCrowdedOut: false,
    listPeek: false,

    toggleList() {
      if (get().listCrowdedOut) {
        set((s) => ({ listPeek: !s.listPeek }));
        return;
      }
      set((s) => ({ listHidden: !s.listHidden }));
      save();
    },

    setListCrowdedOut(listCrowdedOut) {
      set({ listCrowdedOut, ...(listCrowdedOut ? {} : { listPeek: false }) });
    },

    closeListPeek() {
      set({ listPeek: false });
    },
  };
};
