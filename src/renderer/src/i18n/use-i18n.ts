import { useMemo } from 'react';
import { useFolio } from '../state/store';
import { createI18n, resolveLanguage } from './i18n';
import type { I18n } from './i18n';

export function useI18n(): I18n {
  const setting = useFolio((s) => s.settings.language);
  const lang = resolveLanguage(setting, navigator.language);
  return useMemo(() => createI18n(lang, navigator.language), [lang]);
}
