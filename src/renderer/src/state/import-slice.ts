import type { ChosenFolder } from '../../../shared/desktop';
import { folio } from './folio-client';
import type { FolioState, ImportSlice, SliceCreator } from './store-types';

/**
 * Starts an import of folders the shell granted (each comes with the token startImport wants).
 * downloadImages: the import option; left out, the downloadNewImages setting decides.
 */
async function start(
  folders: ChosenFolder[],
  set: (update: (s: FolioState) => Partial<FolioState>) => void,
  downloadImages?: boolean,
): Promise<void> {
  if (folders.length === 0) return;
  const tokens = folders.map((folder) => folder.token);
  const { jobId } = await folio.startImport(downloadImages === undefined ? { folders: tokens } : { folders: tokens, downloadImages });
  // Progress events may already have created the job entry; keep what they brought.
  set((s) => ({ importJob: s.importJob?.jobId === jobId ? s.importJob : { jobId, progress: null } }));
}

export const createImportSlice: SliceCreator<ImportSlice> = (set, get) => ({
  importJob: null,
  report: null,

  async importFolders(downloadImages) {
    try {
      const { folders } = await folio.pickFolders({ purpose: 'import' });
      await start(folders, set, downloadImages);
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
