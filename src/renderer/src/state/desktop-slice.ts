import type { AppInfo } from '../../../shared/desktop';
import { folio } from './folio-client';
import type { DesktopSlice, SliceCreator } from './store-types';

export const createDesktopSlice: SliceCreator<DesktopSlice> = (set, get) => {
  /** Each of these calls answers with the app's state after it. */
  const updateInfo = async (call: () => Promise<AppInfo>) => {
    try {
      set({ appInfo: await call() });
    } catch (error) {
      get().reportError(error);
    }
  };

  return {
    appInfo: null,
    moveProgress: null,
    aboutOpen: false,

    loadAppInfo: () => updateInfo(() => folio.getAppInfo({})),
    openSample: () => updateInfo(() => folio.openSampleLibrary({})),
    closeSample: () => updateInfo(() => folio.closeSampleLibrary({})),

    async moveLibrary() {
      try {
        const { folders } = await folio.pickFolders({ purpose: 'move-library' });
        const [target] = folders;
        if (!target) return;
        set({ moveProgress: { phase: 'copying', doneBytes: 0, totalBytes: 0 } });
        await folio.moveLibrary({ folder: target.token });
      } catch (error) {
        get().reportError(error);
      } finally {
        set({ moveProgress: null });
        void get().loadAppInfo();
      }
    },

    onMoveProgress(progress) {
      // Progress that arrives after the move ended (a late event) must not bring the bar back.
      if (get().moveProgress) set({ moveProgress: progress });
    },

    async onLibrarySwitched() {
      // Nothing shown belongs to the new library: back to all articles, no search, no article.
      get().setQuery('', false);
      set({ view: { kind: 'all' }, article: null, openingId: null, viewerIndex: null, report: null });
      await Promise.all([get().loadAppInfo(), get().initialise(), get().loadHistory()]);
    },

    setAboutOpen(aboutOpen) {
      set({ aboutOpen });
    },
  };
};
