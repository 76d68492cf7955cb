// Settings are stored as strings in state.db; unknown or damaged values fall back to defaults.
import type { LanguageSetting, ReadingFontSetting, RefererPolicy, Settings, ThemeSetting } from '../../shared/model';
import { DEFAULT_SETTINGS } from '../../shared/default-settings';
import { LIMITS } from '../../shared/limits';
import { isProxySetting, isUserAgentSetting } from '../../shared/requests';
import type { StateDb } from '../store/state-db';

const THEMES: readonly ThemeSetting[] = ['system', 'light', 'dark'];
const LANGUAGES: readonly LanguageSetting[] = ['system', 'zh', 'en'];
const FONTS: readonly ReadingFontSetting[] = ['sans', 'serif'];
const REFERERS: readonly RefererPolicy[] = ['article', 'origin', 'none'];

function numberIn(value: string | undefined, min: number, max: number, fallback: number, integer: boolean): number {
  const n = Number(value);
  return value !== undefined && Number.isFinite(n) && n >= min && n <= max && (!integer || Number.isInteger(n)) ? n : fallback;
}

const flag = (value: string | undefined, fallback: boolean): boolean => (value === 'true' ? true : value === 'false' ? false : fallback);

export function readSettings(state: StateDb): Settings {
  const stored = state.settings();
  const theme = stored.get('theme');
  const language = stored.get('language');
  const font = stored.get('readingFont');
  const proxy = stored.get('imageProxy') ?? '';
  const userAgent = stored.get('imageUserAgent') ?? '';
  const referer = stored.get('imageReferer');
  const d = DEFAULT_SETTINGS;
  return {
    theme: THEMES.find((t) => t === theme) ?? d.theme,
    language: LANGUAGES.find((l) => l === language) ?? d.language,
    fontSize: numberIn(stored.get('fontSize'), LIMITS.fontSizeMin, LIMITS.fontSizeMax, d.fontSize, true),
    lineHeight: numberIn(stored.get('lineHeight'), LIMITS.lineHeightMin, LIMITS.lineHeightMax, d.lineHeight, false),
    columnWidth: numberIn(stored.get('columnWidth'), LIMITS.columnWidthMin, LIMITS.columnWidthMax, d.columnWidth, true),
    readingFont: FONTS.find((f) => f === font) ?? d.readingFont,
    justify: flag(stored.get('justify'), d.justify),
    markReadOnScroll: flag(stored.get('markReadOnScroll'), d.markReadOnScroll),
    downloadNewImages: flag(stored.get('downloadNewImages'), d.downloadNewImages),
    imageProxy: isProxySetting(proxy) ? proxy : d.imageProxy,
    imageUserAgent: isUserAgentSetting(userAgent) ? userAgent : d.imageUserAgent,
    imageReferer: REFERERS.find((r) => r === referer) ?? d.imageReferer,
  };
}

export function writeSettings(state: StateDb, changes: Partial<Settings>): void {
  for (const [key, value] of Object.entries(changes)) if (value !== undefined) state.putSetting(key, String(value));
}
