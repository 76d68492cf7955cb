import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import { SavedSearchItem } from './saved-search-item';

/** The library pane's saved searches, in the user's order (hidden until one is saved). */
export function SavedSearchList() {
  const { t } = useI18n();
  const saved = useFolio((s) => s.savedSearches);
  if (saved.length === 0) return null;
  return (
    <>
      <h2 className="pane-heading">{t('savedSearches')}</h2>
      <ul className="view-list" aria-label={t('savedSearches')}>
        {saved.map((s, i) => (
          <SavedSearchItem key={s.id} saved={s} index={i} last={i === saved.length - 1} />
        ))}
      </ul>
    </>
  );
}
