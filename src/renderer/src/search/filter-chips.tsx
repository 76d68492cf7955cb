import type { QueryFilter } from '../../../shared/model';
import { Icon } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/messages-en';
import { useFolio } from '../state/store';
import { filterText, removeFilter } from './query-filters';

const KIND_LABEL: Record<QueryFilter['kind'], MessageKey> = {
  source: 'filterSource',
  after: 'filterAfter',
  before: 'filterBefore',
  is: 'filterIs',
};

/** The filters the service recognised in the query; removing one rewrites the query text. */
export function FilterChips({ filters }: { filters: readonly QueryFilter[] }) {
  const { t } = useI18n();
  const setQuery = useFolio((s) => s.setQuery);
  // The chips belong to the query that was searched, which may lag what is being typed.
  const searchedQuery = useFolio((s) => s.searchedQuery);
  if (filters.length === 0) return null;
  return (
    <ul className="filter-chips">
      {filters.map((filter) => (
        <li key={filter.start}>
          <button
            type="button"
            className="chip"
            aria-label={t('removeFilter', { filter: filterText(filter) })}
            title={t('removeFilter', { filter: filterText(filter) })}
            onClick={() => setQuery(removeFilter(searchedQuery, filter))}
          >
            <span className="chip-kind">{t(KIND_LABEL[filter.kind])}</span>
            <span className="chip-value">{filter.value}</span>
            <Icon name="close" />
          </button>
        </li>
      ))}
    </ul>
  );
}
