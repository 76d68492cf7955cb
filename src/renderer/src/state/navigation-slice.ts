import { activeCursor, activeTotal, isSearching, rowAtCursor } from './selectors';
import type { NavigationSlice, SliceCreator } from './store-types';

export const createNavigationSlice: SliceCreator<NavigationSlice> = (set, get) => ({
  moveCursor(delta) {
    get().setCursor(activeCursor(get()) + delta);
  },

  stepArticle(delta) {
    const before = activeCursor(get());
    get().moveCursor(delta);
    // At either end of the list there is nothing further to open.
    if (activeCursor(get()) !== before || get().article === null) get().openAtCursor();
  },

  setCursor(index) {
    const s = get();
    const total = activeTotal(s);
    if (total === 0) return;
    const next = Math.max(0, Math.min(total - 1, index));
    set(isSearching(s) ? { hitCursor: next } : { listCursor: next });
  },

  openAtCursor() {
    const s = get();
    const row = rowAtCursor(s);
    if (row) void s.openArticle(row.id, isSearching(s) ? s.searchedQuery : undefined);
  },

  openAt(index) {
    get().setCursor(index);
    get().openAtCursor();
  },
});
