// The UI text in Chinese and English: both catalogues say the same things, each in its
// own language, with the same blanks to fill, the language follows the system when asked to, and numbers, plurals,
// dates and durations read naturally in each language.
import { describe, expect, it } from 'vitest';
import { createI18n, resolveLanguage } from '../../../src/renderer/src/i18n/i18n';
import { en } from '../../../src/renderer/src/i18n/messages-en';
import type { Message } from '../../../src/renderer/src/i18n/messages-en';
import { zh } from '../../../src/renderer/src/i18n/messages-zh';

const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : [message.one, message.other]);
const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();

/** What a message says in words: the {placeholders} and the names written the same in both languages taken out. */
const words = (text: string): string => text.replace(/\{\w+\}/g, '').replace(/\bFolio\b/g, '');
const HAN = /[\u3400-\u9fff]/;

describe('message catalogues', () => {
  // (Both have the same keys: Record<MessageKey, Message> makes a missing or extra key a type error.)
  it('are each written in their own language: no Chinese message left in English, no English one in Chinese', () => {
    const untranslated: string[] = [];
    for (const [key, message] of Object.entries(zh)) {
      for (const text of forms(message)) if (/[A-Za-z]/.test(words(text)) && !HAN.test(text)) untranslated.push(`zh.${key}: ${text}`);
    }
    for (const [key, message] of Object.entries(en)) {
      for (const text of forms(message)) if (HAN.test(text)) untranslated.push(`en.${key}: ${text}`);
    }
    expect(untranslated).toEqual([]);
  });

  it('have the same {placeholders} in every form of every message', () => {
    const mismatches: string[] = [];
    for (const [key, message] of Object.entries(en)) {
      const expected = placeholders(forms(message)[0] ?? '');
      const all = [...forms(message), ...forms(zh[key as keyof typeof en])];
      for (const text of all) {
        if (JSON.stringify(placeholders(text)) !== JSON.stringify(expected)) mismatches.push(`${key}: ${text}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('leave no message empty', () => {
    for (const catalogue of [en, zh]) {
      for (const [key, message] of Object.entries(catalogue)) {
        for (const text of forms(message)) expect(text.trim(), key).not.toBe('');
      }
    }
  });

  it('use a count for every message that has singular and plural forms', () => {
    for (const catalogue of [en, zh]) {
      for (const [key, message] of Object.entries(catalogue)) {
        if (typeof message !== 'string') expect(placeholders(message.other), key).toContain('count');
      }
    }
  });
});

describe('resolveLanguage', () => {
  it('uses the language chosen in the settings whatever the system says', () => {
    expect(resolveLanguage('zh', 'en-US')).toBe('zh');
    expect(resolveLanguage('en', 'zh-CN')).toBe('en');
  });

  it("follows the system language for 'system': Chinese in any region, English otherwise", () => {
    for (const system of ['zh', 'zh-CN', 'zh-TW', 'zh-Hant-HK', 'ZH-sg']) expect(resolveLanguage('system', system), system).toBe('zh');
    for (const system of ['en-US', 'en-GB', 'fr-FR', 'ja-JP', '']) expect(resolveLanguage('system', system), system).toBe('en');
  });
});

describe('createI18n', () => {
  it("formats dates in the system's regional style when the UI is in the system's language", () => {
    expect(createI18n('zh', 'zh-TW').locale).toBe('zh-TW');
    expect(createI18n('en', 'en-GB').locale).toBe('en-GB');
  });

  it("uses the UI language's usual style when the system speaks another language", () => {
    expect(createI18n('zh', 'en-US').locale).toBe('zh-CN');
    expect(createI18n('en', 'zh-CN').locale).toBe('en');
  });

  it('fills in the blanks, with numbers grouped as the language writes them', () => {
    const t = createI18n('en', 'en-US').t;
    expect(t('importFiles', { done: 1234, seen: 56789 })).toBe('1,234 of 56,789 files');
    expect(t('by', { author: '王小明' })).toBe('by 王小明');
    // Text that looks like a number (a search query) is shown as typed.
    expect(t('noResults', { query: '20231' })).toBe('No articles match “20231”.');
    expect(createI18n('zh', 'zh-CN').t('importFiles', { done: 1234, seen: 56789 })).toBe('1,234 / 56,789 个文件');
  });

  it('chooses singular or plural in English by the count, and one form in Chinese', () => {
    const t = createI18n('en', 'en-US').t;
    expect(t('articleCount', { count: 1 })).toBe('1 article');
    expect(t('articleCount', { count: 0 })).toBe('0 articles');
    expect(t('articleCount', { count: 2500 })).toBe('2,500 articles');
    const zhT = createI18n('zh', 'zh-CN').t;
    expect(zhT('articleCount', { count: 1 })).toBe('1 篇文章');
    expect(zhT('articleCount', { count: 2 })).toBe('2 篇文章');
  });

  it('shows a blank whose value is missing as written, so the gap is noticed', () => {
    expect(createI18n('en', 'en-US').t('by')).toBe('by {author}');
  });

  it('shows text without blanks as it is', () => {
    expect(createI18n('en', 'en-US').t('retry')).toBe('Try again');
    expect(createI18n('zh', 'zh-CN').t('retry')).toBe('重试');
  });

  it('formats a date in the language of the UI', () => {
    // Midday UTC is the same calendar day in every time zone the tests may run in.
    const iso = '2023-06-15T12:00:00Z';
    const english = createI18n('en', 'en-US').formatDate(iso, 'short');
    expect(english).toContain('2023');
    expect(english).toContain('Jun');
    expect(english).toContain('15');
    expect(createI18n('zh', 'zh-CN').formatDate(iso, 'short')).toBe('2023年6月15日');
    const long = createI18n('zh', 'zh-CN').formatDate(iso, 'long');
    expect(long).toContain('2023年6月15日');
    expect(long.length).toBeGreaterThan('2023年6月15日'.length);
  });

  it('shows a date it cannot read as it was given', () => {
    expect(createI18n('en', 'en-US').formatDate('someday', 'short')).toBe('someday');
    expect(createI18n('zh', 'zh-CN').formatDate('', 'long')).toBe('');
  });

  it('shows short durations in seconds (at least one) and longer ones in whole minutes', () => {
    const { formatDuration } = createI18n('en', 'en-US');
    expect(formatDuration(0)).toBe('1 s');
    expect(formatDuration(0.3)).toBe('1 s');
    expect(formatDuration(42.4)).toBe('42 s');
    expect(formatDuration(59.4)).toBe('59 s');
    expect(formatDuration(59.6)).toBe('1 min');
    expect(formatDuration(150)).toBe('3 min');
    expect(formatDuration(7200)).toBe('120 min');
    expect(createI18n('zh', 'zh-CN').formatDuration(42)).toBe('42 秒');
    expect(createI18n('zh', 'zh-CN').formatDuration(600)).toBe('10 分钟');
  });

  it('formats plain numbers for each language', () => {
    expect(createI18n('en', 'en-US').formatNumber(1234567)).toBe('1,234,567');
    expect(createI18n('en', 'en-US').formatNumber(0)).toBe('0');
  });
});
