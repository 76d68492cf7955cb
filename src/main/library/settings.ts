// Settings are stored as strings in state.db; unknown or damaged values fall back to defaults.
import type { LanguageSetting, RefererPolicy, Settings, ThemeSetting } from '../../shared/model';
import { LIMITS } from '../../shared/limits';
import { isProxySetting, isUserAgentSetting } from '../../shared/requests';
import type { StateDb } from '../store/state-db';

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  language: 'system',
  fontSize: 18,
  downloadNewImages: false,
  imageProxy: '',
  imageUserAgent: '',
  imageReferer: 'article',
};

const THEMES: readonly ThemeSetting[] = ['system', 'light', 'dark'];
const LANGUAGES: readonly LanguageSetting[] = ['system', 'zh', 'en'];
const REFERERS: readonly RefererPolicy[] = ['article', 'origin', 'none'];

export function readSettings(state: StateDb): Settings {
  const stored = state.settings();
  const theme = stored.get('theme');
  const language = stored.get('language');
  const fontSize = Number(stored.get('fontSize'));
  const proxy = stored.get('imageProxy') ?? '';
  const userAgent = stored.get('imageUserAgent') ?? '';
  const referer = stored.get('imageReferer');
  return {
    theme: THEMES.find((t) => t === theme) ?? DEFAULT_SETTINGS.theme,
    language: LANGUAGES.find((l) => l === language) ?? DEFAULT_SETTINGS.language,
    fontSize: Number.isInteger(fontSize) && fontSize >= LIMITS.fontSizeMin && fontSize <= LIMITS.fontSizeMax ? fontSize : DEFAULT_SETTINGS.fontSize,
    downloadNewImages: stored.get('downloadNewImages') === 'true',
    imageProxy: isProxySetting(proxy) ? proxy : DEFAULT_SETTINGS.imageProxy,
    imageUserAgent: isUserAgentSetting(userAgent) ? userAgent : DEFAULT_SETTINGS.imageUserAgent,
    imageReferer: REFERERS.find((r) => r === referer) ?? DEFAULT_SETTINGS.imageReferer,
  };
}

export function writeSettings(state: StateDb, changes: Partial<Settings>): void {
  for (const [key, value] of Object.entries(changes)) if (value !== undefined) state.putSetting(key, String(value));
}
