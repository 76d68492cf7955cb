// One message catalogue for both languages, plus the number and date formats that go with each.
import type { DateKind, LanguageSetting } from '../../../shared/model';
import { en } from './messages-en';
import type { Message, MessageKey } from './messages-en';
import { zh } from './messages-zh';

export type UiLanguage = 'zh' | 'en';
export type Params = Record<string, string | number>;

export interface I18n {
  lang: UiLanguage;
  /** BCP 47 locale for Intl formatting (keeps zh-TW/zh-HK dates in the user's own style). */
  locale: string;
  t(key: MessageKey, params?: Params): string;
  formatNumber(value: number): string;
  /** An article's date as the source gave it (see DateKind): a day has no time, a wall clock is shown as written. */
  formatDate(iso: string, style: 'short' | 'long', kind?: Exclude<DateKind, 'undated'>): string;
  formatDuration(seconds: number): string;
}

const catalogues: Record<UiLanguage, Record<MessageKey, Message>> = { en, zh };

export function resolveLanguage(setting: LanguageSetting, navigatorLanguage: string): UiLanguage {
  if (setting !== 'system') return setting;
  return navigatorLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function localeFor(lang: UiLanguage, navigatorLanguage: string): string {
  const sameLanguage = navigatorLanguage.toLowerCase().startsWith(lang);
  if (sameLanguage) return navigatorLanguage;
  return lang === 'zh' ? 'zh-CN' : 'en';
}

export function createI18n(lang: UiLanguage, navigatorLanguage: string): I18n {
  const locale = localeFor(lang, navigatorLanguage);
  const catalogue = catalogues[lang];
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  const shortDate = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' });
  const longDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
  // Days and wall clocks are stored with their clock read as UTC: formatted in UTC, they read as written, in any zone.
  const inUtc = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  const shortDay = inUtc({ year: 'numeric', month: 'short', day: 'numeric' });
  const asWritten = {
    day: { short: shortDay, long: inUtc({ dateStyle: 'long' }) },
    local: { short: shortDay, long: inUtc({ dateStyle: 'long', timeStyle: 'short' }) },
  };

  const t = (key: MessageKey, params: Params = {}): string => {
    const message = catalogue[key];
    const count = params.count;
    const template =
      typeof message === 'string' ? message : typeof count === 'number' && plurals.select(count) === 'one' ? message.one : message.other;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };

  return {
    lang,
    locale,
    t,
    formatNumber: (value) => numbers.format(value),
    formatDate(iso, style, kind = 'instant') {
      const date = new Date(kind === 'day' ? `${iso}T00:00:00Z` : kind === 'local' ? `${iso}Z` : iso);
      if (Number.isNaN(date.getTime())) return iso;
      if (kind === 'instant') return (style === 'short' ? shortDate : longDate).format(date);
      return asWritten[kind][style].format(date);
    },
    formatDuration(seconds) {
      const whole = Math.max(1, Math.round(seconds));
      return whole < 60 ? t('durationSeconds', { n: whole }) : t('durationMinutes', { n: Math.round(whole / 60) });
    },
  };
}
