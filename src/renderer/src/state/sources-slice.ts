// Managing sources from the library pane: each action asks the service, then refreshes counts,
// the list and any search, since a rename, merge or removal changes what they show.
import { folio } from './folio-client';
import type { SliceCreator, SourcesSlice } from './store-types';

export const createSourcesSlice: SliceCreator<SourcesSlice> = (set, get) => {
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    try {
      await action();
    } catch (error) {
      get().reportError(error);
      return false;
    }
    await get().refreshLibrary();
    return true;
  };

  return {
    async renameSource(sourceId, name) {
      await run(() => folio.updateSource({ sourceId, name }));
    },

    async setSourceHidden(sourceId, hidden) {
      await run(() => folio.updateSource({ sourceId, hidden }));
    },

    async mergeSources(from, into) {
      const view = get().view;
      // The merged source no longer has a view of its own: show the one it went into.
      if (view.kind === 'source' && view.sourceId === from) get().selectView({ kind: 'source', sourceId: into });
      await run(() => folio.mergeSources({ from, into }));
    },

    async removeSource(sourceId) {
      try {
        const { removed, undoToken } = await folio.removeSource({ sourceId });
        const view = get().view;
        if (view.kind === 'source' && view.sourceId === sourceId) get().selectView({ kind: 'all' });
        const article = get().article;
        if (article?.sourceId === sourceId) set({ article: null });
        get().notify('removedSource', { count: removed }, undoToken);
      } catch (error) {
        get().reportError(error);
        return;
      }
      await get().refreshLibrary();
    },
  };
};
