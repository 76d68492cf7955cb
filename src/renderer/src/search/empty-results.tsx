import { useI18n } from '../i18n/use-i18n';
import { selectedSource } from '../state/selectors';
import { useFolio } from '../state/store';
import { FilterChips } from './filter-chips';

/** No hits: say so, and point at what narrowed the search (filters, the selected view). */
export function EmptyResults() {
  const { t } = useI18n();
  const query = useFolio((s) => s.searchedQuery);
  const filters = useFolio((s) => s.summary?.filters);
  const viewKind = useFolio((s) => s.view.kind);
  const sourceName = useFolio((s) => selectedSource(s)?.name);
  const selectView = useFolio((s) => s.selectView);
  const viewName =
    viewKind === 'source' ? (sourceName ?? '') : viewKind === 'unread' ? t('viewUnread') : viewKind === 'starred' ? t('viewStarred') : '';

  return (
    <div className="list-empty">
      <p>{t('noResults', { query })}</p>
      {filters && filters.length > 0 && (
        <>
          <p>{t('noResultsFilters')}</p>
          <FilterChips filters={filters} />
        </>
      )}
      {viewName !== '' && (
        <p>
          <button type="button" className="link-button" onClick={() => selectView({ kind: 'all' })}>
            {t('noResultsInView', { view: viewName })}
          </button>
        </p>
      )}
    </div>
  );
}
