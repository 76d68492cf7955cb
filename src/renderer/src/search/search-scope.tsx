import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import { useViewName } from './use-view-name';

/** Under the search box while a source or view is selected: what a search covers, and one click to search everything. */
export function SearchScope() {
  const { t } = useI18n();
  const viewName = useViewName();
  const selectView = useFolio((s) => s.selectView);
  if (viewName === '') return null;
  return (
    <p className="search-scope">
      <span className="search-scope-name">{t('searchScope', { view: viewName })}</span>
      <span aria-hidden="true"> · </span>
      <button
        type="button"
        className="link-button"
        // Keep focus in the search box: the user is typing a query.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => selectView({ kind: 'all' })}
      >
        {t('searchAll')}
      </button>
    </p>
  );
}
