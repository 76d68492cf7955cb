// Working down the unread: hiding read articles, marking a whole view or search read (with undo),
// jumping to the next unread across sources, stepping through sources, and coming back after a
// restart to the view, article and scroll position the user left.
import type { ArticleId } from '../../../shared/model';
import { folio } from './folio-client';
import { rowIndexOf } from './paged-rows';
import { isSearching, selectedSource } from './selectors';
import type { ReadingFlowSlice, SliceCreator } from './store-types';
import { viewKey } from './view-key';

export const createReadingFlowSlice: SliceCreator<ReadingFlowSlice> = (set, get) => ({
  hideRead: [],
  pendingScroll: null,

  toggleHideRead() {
    const key = viewKey(get().view);
    set((s) => ({ hideRead: s.hideRead.includes(key) ? s.hideRead.filter((k) => k !== key) : [...s.hideRead, key] }));
    void get().reloadList();
  },

  async markAllRead() {
    const s = get();
    const searching = isSearching(s);
    try {
      const { changed, undoToken } = await folio.markRead(searching ? { view: s.view, query: s.searchedQuery } : { view: s.view });
      if (changed === 0) return;
      get().notify(searching ? 'markedResultsRead' : 'markedViewRead', { count: changed }, undoToken);
      await get().refreshLibrary();
      const article = get().article;
      if (article && !article.read) set({ article: { ...article, read: true } });
    } catch (error) {
      get().reportError(error);
    }
  },

  async goToUnread(direction) {
    const s = get();
    try {
      const { target } = await folio.nextUnread({ view: s.view, sort: s.listSort, fromId: s.article?.id ?? null, direction });
      if (!target) {
        get().notify('noMoreUnread', {});
        return;
      }
      if (isSearching(get())) get().setQuery('');
      if (viewKey(target.view) !== viewKey(get().view)) get().selectView(target.view);
      await get().openAndLocate(target.id);
    } catch (error) {
      get().reportError(error);
    }
  },

  stepSource(delta) {
    const s = get();
    const sources = s.overview?.sources ?? [];
    if (sources.length === 0) return;
    const current = selectedSource(s);
    const at = current ? sources.indexOf(current) : delta > 0 ? -1 : sources.length;
    const next = sources[Math.max(0, Math.min(sources.length - 1, at + delta))];
    if (next) s.selectView({ kind: 'source', sourceId: next.id });
  },

  async openAndLocate(id: ArticleId, markRead = true) {
    const opened = get().openArticle(id, '', markRead);
    const s = get();
    const loaded = rowIndexOf(s.list, id);
    if (loaded !== null) {
      set({ listCursor: loaded });
    } else {
      try {
        const { position } = await folio.locateArticle({
          view: s.view,
          sort: s.listSort,
          id,
          unreadOnly: s.hideRead.includes(viewKey(s.view)),
        });
        if (position !== null) {
          get().ensureListRange(position, position);
          set({ listCursor: position });
        }
      } catch (error) {
        get().reportError(error);
      }
    }
    await opened;
  },

  async restoreSession() {
    try {
      const session = await folio.getSession({});
      const known = (view: typeof session.view) => view.kind !== 'source' || get().overview?.sources.some((x) => x.id === view.sourceId);
      set({ view: known(session.view) ? session.view : { kind: 'all' }, listSort: session.sort, hideRead: session.hideRead });
      await get().reloadList();
      if (session.articleId !== null) {
        set({ pendingScroll: session.scroll });
        await get().openAndLocate(session.articleId, false);
        // Not there any more (removed since): nothing to scroll, and the session may be saved again.
        if (get().article === null) set({ pendingScroll: null });
      }
    } catch (error) {
      set({ pendingScroll: null });
      get().reportError(error);
    }
  },

  setPendingScroll(pendingScroll) {
    set({ pendingScroll });
  },
});
