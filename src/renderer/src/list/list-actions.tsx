import { Icon } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import { isSearching } from '../state/selectors';
import { useFolio } from '../state/store';
import { viewKey } from '../state/view-key';

/** "Hide read" for the view (not for search results), and "Mark all read" for the view or the results. */
export function ListActions() {
  const { t } = useI18n();
  const searching = useFolio(isSearching);
  const hiding = useFolio((s) => s.hideRead.includes(viewKey(s.view)));
  const toggleHideRead = useFolio((s) => s.toggleHideRead);
  const markAllRead = useFolio((s) => s.markAllRead);
  return (
    <div className="list-actions">
      {!searching && (
        <button type="button" className="chip-button" aria-pressed={hiding} title={t('hideReadTitle')} onClick={toggleHideRead}>
          <Icon name="unread" filled={hiding} />
          {t('hideRead')}
        </button>
      )}
      <button
        type="button"
        className="chip-button"
        title={searching ? t('markResultsReadTitle') : t('markAllReadTitle')}
        onClick={() => void markAllRead()}
      >
        <Icon name="check" />
        {t('markAllRead')}
      </button>
    </div>
  );
}
