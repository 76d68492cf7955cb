import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';

export const HISTORY_ID = 'search-history';

interface SearchHistoryProps {
  highlighted: number;
  onChoose(query: string): void;
}

/** Recent queries, under the empty, focused search box. */
export function SearchHistory({ highlighted, onChoose }: SearchHistoryProps) {
  const { t } = useI18n();
  const history = useFolio((s) => s.history);
  const clearHistory = useFolio((s) => s.clearHistory);
  return (
    // Mouse down would blur the box and hide this list before the click lands.
    <div className="search-history" onMouseDown={(event) => event.preventDefault()}>
      <div className="search-history-head">
        <span>{t('recentSearches')}</span>
        <button type="button" className="link-button" onClick={() => void clearHistory()}>
          {t('clearHistory')}
        </button>
      </div>
      <ul id={HISTORY_ID} role="listbox" aria-label={t('recentSearches')}>
        {history.map((query, i) => (
          <li
            key={query}
            id={`${HISTORY_ID}-${i}`}
            role="option"
            aria-selected={i === highlighted}
            className={i === highlighted ? 'highlighted' : undefined}
            onClick={() => onChoose(query)}
          >
            {query}
          </li>
        ))}
      </ul>
    </div>
  );
}
