import { folio } from './folio-client';
import type { RepairSlice, SliceCreator } from './store-types';

export const createRepairSlice: SliceCreator<RepairSlice> = (set, get) => ({
  repairing: false,
  repairResult: null,

  async repairLibrary() {
    if (get().repairing) return;
    set({ repairing: true, repairResult: null });
    try {
      const result = await folio.repairLibrary({});
      // The errors that led here are mended: their toasts would only mislead now.
      set({ repairResult: result, notices: [] });
      await get().refreshLibrary();
    } catch (error) {
      get().reportError(error);
    } finally {
      set({ repairing: false });
    }
  },

  dismissRepairResult() {
    set({ repairResult: null });
  },
});
