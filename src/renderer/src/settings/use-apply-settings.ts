import { useEffect } from 'react';
import { resolveLanguage } from '../i18n/i18n';
import { useFolio } from '../state/store';

/**
 * Puts the settings on <html>: the theme for the CSS, lang so the browser picks Chinese glyph
 * variants (zh-CN) and hyphenation, and the reading size and font as CSS variables.
 */
export function useApplySettings(): void {
  const { theme, language, fontSize } = useFolio((s) => s.settings);
  const readingFont = useFolio((s) => s.readingFont);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.dataset.readingFont = readingFont;
    root.lang = resolveLanguage(language, navigator.language) === 'zh' ? 'zh-CN' : 'en';
    root.style.setProperty('--reading-size', `${fontSize}px`);
  }, [theme, language, fontSize, readingFont]);
}
