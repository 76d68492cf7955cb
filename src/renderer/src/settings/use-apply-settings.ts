import { useEffect } from 'react';
import { resolveLanguage } from '../i18n/i18n';
import { useFolio } from '../state/store';

/**
 * Puts the settings on <html>: the theme for the CSS, lang so the browser picks Chinese glyph
 * variants (zh-CN) and hyphenation, and the reading size, spacing, width and font as CSS
 * variables and attributes, so a change in the Aa popover shows at once.
 */
export function useApplySettings(): void {
  const { theme, language, fontSize, lineHeight, columnWidth, readingFont, justify } = useFolio((s) => s.settings);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.dataset.readingFont = readingFont;
    root.dataset.justify = String(justify);
    root.lang = resolveLanguage(language, navigator.language) === 'zh' ? 'zh-CN' : 'en';
    root.style.setProperty('--reading-size', `${fontSize}px`);
    root.style.setProperty('--reading-line-height', String(lineHeight));
    root.style.setProperty('--reading-measure', `${columnWidth}em`);
  }, [theme, language, fontSize, lineHeight, columnWidth, readingFont, justify]);
}
