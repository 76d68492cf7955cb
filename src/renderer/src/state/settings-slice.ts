import type { Settings } from '../../../shared/model';
import { folio } from './folio-client';
import type { ReadingFont, SettingsSlice, SliceCreator } from './store-types';

const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  language: 'system',
  fontSize: 17,
  downloadNewImages: false,
  imageProxy: '',
  imageUserAgent: '',
  imageReferer: 'article',
};
const READING_FONT_KEY = 'folio.readingFont';

function savedReadingFont(): ReadingFont {
  return localStorage.getItem(READING_FONT_KEY) === 'serif' ? 'serif' : 'sans';
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, get) => ({
  settings: DEFAULT_SETTINGS,
  readingFont: savedReadingFont(),

  setReadingFont(readingFont) {
    localStorage.setItem(READING_FONT_KEY, readingFont);
    set({ readingFont });
  },

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
