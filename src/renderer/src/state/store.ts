import { create } from 'zustand';
import { createDesktopSlice } from './desktop-slice';
import { createImageJobSlice } from './image-job-slice';
import { createImportSlice } from './import-slice';
import { createLayoutSlice } from './layout-slice';
import { createLibrarySlice } from './library-slice';
import { createListSlice } from './list-slice';
import { createNavigationSlice } from './navigation-slice';
import { createNoticeSlice } from './notice-slice';
import { createReaderSlice } from './reader-slice';
import { createSavedSearchSlice } from './saved-search-slice';
import { createReadingFlowSlice } from './reading-flow-slice';
import { createRepairSlice } from './repair-slice';
import { createSearchSlice } from './search-slice';
import { createSettingsSlice } from './settings-slice';
import { createSourcesSlice } from './sources-slice';
import type { FolioState, SliceCreator } from './store-types';

/** The whole state from its slices; tests build their own stores from it. */
export const createFolioState: SliceCreator<FolioState> = (...a) => ({
  ...createLibrarySlice(...a),
  ...createListSlice(...a),
  ...createSearchSlice(...a),
  ...createSavedSearchSlice(...a),
  ...createNavigationSlice(...a),
  ...createReaderSlice(...a),
  ...createImportSlice(...a),
  ...createImageJobSlice(...a),
  ...createSettingsSlice(...a),
  ...createNoticeSlice(...a),
  ...createReadingFlowSlice(...a),
  ...createLayoutSlice(...a),
  ...createSourcesSlice(...a),
  ...createRepairSlice(...a),
  ...createDesktopSlice(...a),
});

export const useFolio = create<FolioState>()(createFolioState);
