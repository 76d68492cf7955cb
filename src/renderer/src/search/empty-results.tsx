import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import { FilterChips } from './filter-chips';
import { useViewName } from './use-view-name';

/** No hits: say so, and point at what narrowed the search (filters, the selected view). */
export function EmptyResults() {
  const { t } = useI18n();
  const query = useFolio((s) => s.searchedQuery);
  const filters = useFolio((s) => s.summary?.filters);
  const selectView = useFolio((s) => s.selectView);
  const viewName = useViewName();

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
