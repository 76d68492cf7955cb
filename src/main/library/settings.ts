// Settings are stored as strings in state.db; unknown or damaged values fall back to defaults.
import type { LanguageSetting, Settings, ThemeSetting } from '../../shared/model';
import { LIMITS } from '../../shared/limits';
import type { StateDb } from '../store/state-db';

export const DEFAULT_SETTINGS: Settings = { theme: 'system', language: 'system', fontSize: 18, watchFolders: true };

const THEMES: readonly ThemeSetting[] = ['system', 'light', 'dark'];
const LANGUAGES: readonly LanguageSetting[] = ['system', 'zh', 'en'];

export function readSettings(state: StateDb): Settings {
  const stored = state.settings();
  const theme = stored.get('theme');
  const language = stored.get('language');
  const fontSize = Number(stored.get('fontSize'));
  const watchFolders = stored.get('watchFolders');
  return {
    theme: THEMES.find((t) => t === theme) ?? DEFAULT_SETTINGS.theme,
    language: LANGUAGES.find((l) => l === language) ?? DEFAULT_SETTINGS.language,
    fontSize: Number.isInteger(fontSize) && fontSize >= LIMITS.fontSizeMin && fontSize <= LIMITS.fontSizeMax ? fontSize : DEFAULT_SETTINGS.fontSize,
    watchFolders: watchFolders === undefined ? DEFAULT_SETTINGS.watchFolders : watchFolders === 'true',
  };
}

export function writeSettings(state: StateDb, changes: Partial<Settings>): void {
  for (const [key, value] of Object.entries(changes)) if (value !== undefined) state.putSetting(key, String(value));
}
