import { Icon } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import { viewKey } from '../state/view-key';

/** Pins the shown search (its query and the selected view) to the library pane; hidden once it is pinned. */
export function SaveSearchButton() {
  const { t } = useI18n();
  const saved = useFolio((s) => s.savedSearches.some((x) => x.query === s.searchedQuery.trim() && viewKey(x.view) === viewKey(s.view)));
  const save = useFolio((s) => s.saveCurrentSearch);
  if (saved) return null;
  return (
    <button type="button" className="link-button save-search" title={t('saveSearchTitle')} onClick={() => void save()}>
      <Icon name="plus" />
      {t('saveSearch')}
    </button>
  );
}
