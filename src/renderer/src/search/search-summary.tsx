import type { SearchSort } from '../../../shared/model';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import { FilterChips } from './filter-chips';
import { SaveSearchButton } from './save-search-button';

const SORTS: { sort: SearchSort; label: 'sortRelevance' | 'sortDate' }[] = [
  { sort: 'relevance', label: 'sortRelevance' },
  { sort: 'date', label: 'sortDate' },
];

/** Under the search box: how many results, their order, the filters in force and any quiet warnings. */
export function SearchSummary() {
  const { t } = useI18n();
  const total = useFolio((s) => s.results.total);
  const summary = useFolio((s) => s.summary);
  const searching = useFolio((s) => s.searching);
  const sort = useFolio((s) => s.searchSort);
  const setSearchSort = useFolio((s) => s.setSearchSort);
  const searchedQuery = useFolio((s) => s.searchedQuery);

  return (
    // data-searched: which query the shown results answer (the benchmark times keystroke to paint by it).
    <div className="search-summary" data-searched={searching ? undefined : searchedQuery}>
      <div className="search-summary-row">
        <span className="result-count" role="status">
          {searching ? t('searching') : t('resultCount', { count: total })}
        </span>
        <SaveSearchButton />
        <div className="segmented" role="group" aria-label={t('sortBy')}>
          {SORTS.map(({ sort: value, label }) => (
            <button key={value} type="button" aria-pressed={sort === value} onClick={() => setSearchSort(value)}>
              {t(label)}
            </button>
          ))}
        </div>
      </div>
      {summary && <FilterChips filters={summary.filters} />}
      {summary && summary.warnings.length > 0 && (
        <ul className="search-warnings" role="note">
          {summary.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
