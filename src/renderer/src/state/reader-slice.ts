import type { ArticleSummary } from '../../../shared/model';
import { patchArticle } from './article-state';
import { folio } from './folio-client';
import { updateRows } from './paged-rows';
import { rowAtCursor } from './selectors';
import { suggestedName } from './image-names';
import type { ReaderSlice, SliceCreator } from './store-types';

export const createReaderSlice: SliceCreator<ReaderSlice> = (set, get) => {
  // Opening articles quickly (holding j, clicking around) must show the last one asked for.
  let openSeq = 0;

  const toggle = (field: 'read' | 'starred') => {
    const target = get().article ?? rowAtCursor(get());
    if (target) void get().setArticleState([target.id], { [field]: !target[field] });
  };

  return {
    article: null,
    openingId: null,
    highlight: '',
    matchHits: [],
    currentMatch: 0,
    viewerIndex: null,

    async openArticle(id, highlight = '', markRead = true) {
      const seq = ++openSeq;
      set({ openingId: id });
      try {
        // One round trip: the article, marked read (what the user opened is what they read; not when
        // reopening where the user left off), the search it came from remembered, and the counts that changed.
        const request = highlight === '' ? { id, markRead } : { id, highlight, markRead };
        const { article, overview } = await folio.openArticle(request);
        if (seq !== openSeq) return;
        const apply = <T extends ArticleSummary>(row: T): T =>
          row.id === id && !row.read && markRead ? patchArticle(row, { read: true }) : row;
        set((s) => ({
          article,
          overview,
          highlight,
          matchHits: [],
          currentMatch: 0,
          viewerIndex: null,
          openingId: null,
          list: updateRows(s.list, apply),
          results: updateRows(s.results, apply),
        }));
        void get().loadSavedSearches();
      } catch (error) {
        if (seq === openSeq) set({ openingId: null });
        get().reportError(error);
      }
    },

    clearHighlights() {
      if (get().highlight !== '' || get().matchHits.length > 0) set({ highlight: '', matchHits: [], currentMatch: 0 });
    },

    async setArticleState(ids, patch) {
      try {
        await folio.setArticleState({ ids, ...patch });
      } catch (error) {
        get().reportError(error);
        return;
      }
      const changed = new Set(ids);
      const apply = <T extends ArticleSummary>(row: T): T => (changed.has(row.id) ? patchArticle(row, patch) : row);
      set((s) => ({
        article: s.article ? apply(s.article) : null,
        list: updateRows(s.list, apply),
        results: updateRows(s.results, apply),
      }));
      await Promise.all([get().loadOverview(), get().loadSavedSearches()]);
    },

    toggleRead: () => toggle('read'),
    toggleStar: () => toggle('starred'),

    async openLink(url) {
      try {
        await folio.openExternal({ url });
      } catch (error) {
        get().reportError(error);
      }
    },

    setMatchHits(matchHits) {
      set({ matchHits, currentMatch: 0 });
    },

    stepMatch(delta) {
      const count = get().matchHits.length;
      if (count === 0) return;
      // Wrap around, like find-in-page: F3 on the last match goes back to the first.
      set((s) => ({ currentMatch: (((s.currentMatch + delta) % count) + count) % count }));
    },

    openViewer(viewerIndex) {
      if (get().article?.images[viewerIndex]) set({ viewerIndex });
    },

    stepViewer(delta) {
      const { viewerIndex, article } = get();
      if (viewerIndex === null || !article) return;
      set({ viewerIndex: Math.max(0, Math.min(article.images.length - 1, viewerIndex + delta)) });
    },

    closeViewer() {
      set({ viewerIndex: null });
    },

    async saveImage(image) {
      try {
        await folio.saveImageAs({ imageId: image.id, fileName: suggestedName(image) });
      } catch (error) {
        get().reportError(error);
      }
    },

    async copyImage(image) {
      try {
        return (await folio.copyImage({ imageId: image.id })).copied;
      } catch (error) {
        get().reportError(error);
        return false;
      }
    },

    async reloadArticle() {
      const { article, highlight, viewerIndex } = get();
      if (!article) return;
      try {
        const fresh = await folio.getArticle(highlight === '' ? { id: article.id } : { id: article.id, highlight });
        // Another article may have been opened meanwhile.
        if (get().article?.id !== article.id) return;
        set({ article: fresh, viewerIndex: viewerIndex !== null && fresh.images[viewerIndex] ? viewerIndex : null });
      } catch (error) {
        get().reportError(error);
      }
    },
  };
};
