// Settings are stored as strings in state.db; unknown or damaged values fall back to defaults.
import type { Settings } from '../../shared/model';
import { fontSizeSchema, languageSchema, themeSchema } from '../../shared/requests';
import type { StateDb } from '../store/state-db';

export const DEFAULT_SETTINGS: Settings = { theme: 'system', language: 'system', fontSize: 18 };

export function readSettings(state: StateDb): Settings {
  const stored = state.settings();
  // The same schemas that check an updateSettings request check what was stored.
  return {
    theme: themeSchema.catch(DEFAULT_SETTINGS.theme).parse(stored.get('theme')),
    language: languageSchema.catch(DEFAULT_SETTINGS.language).parse(stored.get('language')),
    fontSize: fontSizeSchema.catch(DEFAULT_SETTINGS.fontSize).parse(Number(stored.get('fontSize'))),
  };
}

export function writeSettings(state: StateDb, changes: Partial<Settings>): void {
  for (const [key, value] of Object.entries(changes)) if (value !== undefined) state.putSetting(key, String(value));
}
