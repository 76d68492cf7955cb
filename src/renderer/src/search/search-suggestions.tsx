import { HighlightedText } from '../common/highlighted-text';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import type { SuggestionOption } from './suggestion-options';

export const SUGGESTIONS_ID = 'search-suggestions';
/** Where the list pane wants the popup: under whatever heads the list (the search summary or the view's header). */
export const SUGGESTIONS_SLOT_ID = 'search-suggestions-slot';
export const optionId = (i: number): string => `${SUGGESTIONS_ID}-${i}`;

interface SearchSuggestionsProps {
  options: readonly SuggestionOption[];
  highlighted: number;
  onChoose(option: SuggestionOption): void;
}

interface Section {
  kind: SuggestionOption['kind'];
  label: 'didYouMean' | 'suggestedHeadlines' | 'recentSearches';
}

const SECTIONS: Section[] = [
  { kind: 'correction', label: 'didYouMean' },
  { kind: 'headline', label: 'suggestedHeadlines' },
  { kind: 'recent', label: 'recentSearches' },
];

/** The popup under the search box: each kind of suggestion in its own list, one highlight across them. */
export function SearchSuggestions({ options, highlighted, onChoose }: SearchSuggestionsProps) {
  const { t } = useI18n();
  const clearHistory = useFolio((s) => s.clearHistory);
  return (
    // Mouse down would blur the box and hide this popup before the click lands.
    <div className="search-history" id={SUGGESTIONS_ID} onMouseDown={(event) => event.preventDefault()}>
      {SECTIONS.map(({ kind, label }) => {
        const entries = options.map((option, index) => ({ option, index })).filter(({ option }) => option.kind === kind);
        if (entries.length === 0) return null;
        return (
          <section key={kind}>
            <div className="search-history-head">
              <span>{t(label)}</span>
              {kind === 'recent' && (
                <button type="button" className="link-button" onClick={() => void clearHistory()}>
                  {t('clearHistory')}
                </button>
              )}
            </div>
            <ul role="listbox" aria-label={t(label)}>
              {entries.map(({ option, index }) => (
                <li
                  key={index}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === highlighted}
                  className={`suggestion-${option.kind}${index === highlighted ? ' highlighted' : ''}`}
                  onClick={() => onChoose(option)}
                >
                  {option.kind === 'headline' ? <HighlightedText text={option.title} ranges={option.ranges} /> : option.query}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
