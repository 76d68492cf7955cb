import { DEFAULT_SETTINGS } from '../../../shared/default-settings';
import { folio } from './folio-client';
import type { SettingsSlice, SliceCreator } from './store-types';

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
