// Image downloads run in the main process; this slice starts and cancels them,
// follows their progress events, and keeps the last report until dismissed.
import { folio } from './folio-client';
import type { ImageJobSlice, SliceCreator } from './store-types';

export const createImageJobSlice: SliceCreator<ImageJobSlice> = (set, get) => ({
  imageJob: null,
  imageReport: null,
  imageStorage: null,

  async startImageJob(scope) {
    try {
      const { jobId } = await folio.startImageJob({ scope });
      set((s) => ({ imageJob: { jobId, scope, progress: s.imageJob?.jobId === jobId ? s.imageJob.progress : null }, imageReport: null }));
    } catch (error) {
      get().reportError(error);
    }
  },

  async cancelImageJob() {
    const job = get().imageJob;
    if (!job) return;
    try {
      await folio.cancelImageJob({ jobId: job.jobId });
    } catch (error) {
      get().reportError(error);
    }
  },

  onImageProgress(progress) {
    // Also follows jobs this window did not start (the "download new articles' images" setting after an import).
    set((s) => ({
      imageJob:
        s.imageJob?.jobId === progress.jobId
          ? { ...s.imageJob, progress }
          : { jobId: progress.jobId, scope: { kind: 'view', view: { kind: 'all' } }, progress },
    }));
  },

  onImageFinished(report) {
    set({ imageJob: null, imageReport: report });
    void get().reloadArticle();
    if (get().imageStorage) void get().loadImageStorage();
  },

  dismissImageReport() {
    set({ imageReport: null });
  },

  async loadImageStorage() {
    try {
      set({ imageStorage: await folio.getImageStorage({}) });
    } catch (error) {
      get().reportError(error);
    }
  },

  async removeImages(sourceId) {
    try {
      await folio.removeImages(sourceId === undefined ? {} : { sourceId });
      await Promise.all([get().loadImageStorage(), get().reloadArticle()]);
    } catch (error) {
      get().reportError(error);
    }
  },

  async cleanupImages() {
    try {
      await folio.cleanupImages({});
      await get().loadImageStorage();
    } catch (error) {
      get().reportError(error);
    }
  },
});
