import { folio } from './folio-client';
import type { ImportSlice, SliceCreator } from './store-types';

export const createImportSlice: SliceCreator<ImportSlice> = (set, get) => ({
  importJob: null,
  report: null,

  async importFolders() {
    try {
      const { paths } = await folio.pickFolders({});
      if (paths.length === 0) return;
      const { jobId } = await folio.startImport({ paths });
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
    // A folder kept current in the background updates the library quietly; only a problem is worth a dialog.
    const quiet = report.trigger === 'watch' && report.error === null && report.failed.length === 0;
    set(quiet ? { importJob: null } : { importJob: null, report });
    void get().refreshLibrary();
  },

  dismissReport() {
    set({ report: null });
  },
});
