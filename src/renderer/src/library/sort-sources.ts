import type { UiLanguage } from '../i18n/i18n';

/**
 * Sources in the order a reader of the interface's language expects: case-insensitive, numbers
 * by value, and Chinese names in pinyin order in the Chinese interface (a code-point sort would
 * scatter them by stroke encoding).
 */
export function sortSources<T extends { name: string }>(sources: readonly T[], lang: UiLanguage): T[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN-u-co-pinyin' : 'en', { sensitivity: 'base', numeric: true });
  return [...sources].sort((a, b) => collator.compare(a.name, b.name));
}
