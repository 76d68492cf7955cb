import { FolioClientError } from './folio-client';
import type { NoticeSlice, SliceCreator } from './store-types';

export const createNoticeSlice: SliceCreator<NoticeSlice> = (set, get) => {
  let nextId = 1;
  return {
    notices: [],

    reportError(error) {
      // Damage found in use is noted by the library: the overview then offers a repair.
      if (error instanceof FolioClientError && error.code === 'library-unreadable') void get().loadOverview();
      const message = error instanceof Error ? error.message : String(error);
      // The same failure repeated (every page of a list, every keystroke) is one toast, not a pile.
      if (get().notices.some((notice) => notice.message === message)) return;
      set((s) => ({ notices: [...s.notices, { id: nextId++, message }] }));
    },

    dismissNotice(id) {
      set((s) => ({ notices: s.notices.filter((notice) => notice.id !== id) }));
    },
  };
};
