import { folio } from './folio-client';
import type { ImportSlice, SliceCreator } from './store-types';

export const createImportSlice: SliceCreator<ImportSlice> = (set, get) => ({
  importJob: null,
  report: null,

  async importFolders(downloadImages) {
    try {
      const { paths } = await folio.pickFolders({});
      if (paths.length === 0) return;
      const { jobId } = await folio.startImport(downloadImages === undefined ? { paths } : { paths, downloadImages });
      // Progress events may already have created the job entry; keep what they brought.
      set((s) => ({ importJob: s.importJob?.jobId === jobId ? s.importJob : { jobId, progress: null } }));
    } catch (error) {
      get().reportError(error);
    }
  },

  async cancelImport() {
    const job = get().importJob;
    if (!job) return;
    try {
      await folio.cancelImport({ jobId: job.jobId });
    } catch (error) {
      get().reportError(error);
    }
  },

  onImportProgress(progress) {
    // Also shows jobs this window did not start (another window, the app menu before startImport returned).
    set({ importJob: { jobId: progress.jobId, progress } });
  },

  onImportFinished(report) {
    set({ importJob: null, report });
    void get().refreshLibrary();
  },

  dismissReport() {
    set({ report: null });
  },
});
