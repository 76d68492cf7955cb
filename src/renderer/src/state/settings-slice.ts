import type { Settings } from '../../../shared/model';
import { folio } from './folio-client';
import type { SettingsSlice, SliceCreator } from './store-types';

// What the page looks like before the service answers (the service's defaults are the same).
const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  language: 'system',
  fontSize: 18,
  lineHeight: 1.8,
  columnWidth: 36,
  readingFont: 'sans',
  justify: false,
  markReadOnScroll: false,
};

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, get) => ({
  settings: DEFAULT_SETTINGS,

  async loadSettings() {
    try {
      set({ settings: await folio.getSettings({}) });
    } catch (error) {
      get().reportError(error);
    }
  },

  async updateSettings(patch) {
    const before = get().settings;
    // Applied at once so the theme or size changes under the pointer; rolled back if it cannot be saved.
    set({ settings: { ...before, ...patch } });
    try {
      set({ settings: await folio.updateSettings(patch) });
    } catch (error) {
      set({ settings: before });
      get().reportError(error);
    }
  },
});
