import { FolioClientError, folio } from './folio-client';
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
      set((s) => ({ notices: [...s.notices, { id: nextId++, message, kind: 'error' }] }));
    },

    notify(key, params, undoToken) {
      const notice = { id: nextId++, message: key, params, kind: 'done' as const, ...(undoToken ? { undoToken } : {}) };
      set((s) => ({ notices: [...s.notices, notice] }));
    },

    async undo(noticeId) {
      const notice = get().notices.find((n) => n.id === noticeId);
      get().dismissNotice(noticeId);
      if (notice?.undoToken === undefined) return;
      try {
        await folio.undo({ token: notice.undoToken });
      } catch (error) {
        get().reportError(error);
      }
      await get().refreshLibrary();
    },

    dismissNotice(id) {
      set((s) => ({ notices: s.notices.filter((notice) => notice.id !== id) }));
    },
  };
};
