import type { ChosenFolder } from '../../../shared/desktop';
import { folio } from './folio-client';
import type { FolioState, ImportSlice, SliceCreator } from './store-types';

/** Starts an import of folders the shell granted (each comes with the token startImport wants). */
async function start(folders: ChosenFolder[], set: (update: (s: FolioState) => Partial<FolioState>) => void): Promise<void> {
  if (folders.length === 0) return;
  const { jobId } = await folio.startImport({ folders: folders.map((folder) => folder.token) });
  // Progress events may already have created the job entry; keep what they brought.
  set((s) => ({ importJob: s.importJob?.jobId === jobId ? s.importJob : { jobId, progress: null } }));
}

export const createImportSlice: SliceCreator<ImportSlice> = (set, get) => ({
  importJob: null,
  report: null,

  async importFolders() {
    try {
      const { folders } = await folio.pickFolders({ purpose: 'import' });
      await start(folders, set);
    } catch (error) {
      get().reportError(error);
    }
  },

  async importDropped(files) {
    try {
      const { folders } = await folio.dropFolders(files);
      await start(folders, set);
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
