import { LIMITS } from '../../../shared/limits';
import type { ArticleSummary } from '../../../shared/model';
import { folio } from './folio-client';
import { createPageLoader } from './page-loader';
import { emptyRows } from './paged-rows';
import type { ListSlice, SliceCreator } from './store-types';
import { viewKey } from './view-key';

/** ~200 rows per request: a screenful many times over, still a small IPC message. */
const LIST_PAGE_SIZE = Math.min(200, LIMITS.listPage);

export const createListSlice: SliceCreator<ListSlice> = (set, get) => {
  const loader = createPageLoader<ArticleSummary>({
    rows: () => get().list,
    generation: () => get().listGeneration,
    fetchPage: (offset, limit) =>
      folio.listArticles({
        view: get().view,
        sort: get().listSort,
        offset,
        limit,
        unreadOnly: get().hideRead.includes(viewKey(get().view)),
      }),
    store: (list) => set({ list }),
    fail: (error) => get().reportError(error),
  });

  return {
    listSort: 'newest',
    list: emptyRows(LIST_PAGE_SIZE),
    listGeneration: 0,
    listCursor: 0,

    setListSort(listSort) {
      if (listSort === get().listSort) return;
      set({ listSort });
      void get().reloadList();
    },

    async reloadList(keepPosition = false) {
      loader.reset(keepPosition);
      set((s) => ({
        listGeneration: s.listGeneration + 1,
        ...(keepPosition ? {} : { list: emptyRows<ArticleSummary>(LIST_PAGE_SIZE), listCursor: 0 }),
      }));
      await loader.refetch();
    },

    ensureListRange(first, last) {
      loader.ensure(first, last);
    },
  };
};
