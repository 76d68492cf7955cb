import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { KeyboardEvent, ReactElement, ReactNode } from 'react';
import { LIMITS } from '../../../shared/limits';
import { Icon } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import { rowAtCursor } from '../state/selectors';
import { useFolio } from '../state/store';
import { SearchScope } from './search-scope';
import { SUGGESTIONS_ID, SUGGESTIONS_SLOT_ID, SearchSuggestions, optionId } from './search-suggestions';
import { suggestionOptions } from './suggestion-options';
import type { SuggestionOption } from './suggestion-options';
import './search.css';

/**
 * Enter in the box: search now if the results are behind the text; step through the matches of
 * the article opened from these results; otherwise open the result under the cursor.
 */
function enter(shift: boolean): void {
  const s = useFolio.getState();
  if (s.query !== s.searchedQuery) return void s.runSearch();
  s.recordSearch(s.query);
  const cursorRow = rowAtCursor(s);
  if (s.article && cursorRow?.id === s.article.id && s.matchHits.length > 0) return s.stepMatch(shift ? -1 : 1);
  s.openAtCursor();
}

/**
 * The popup drops down over the results, below the result count, sort and filter chips, so
 * those stay in reach while typing (it covers the first results, which are what it suggests).
 */
function popup(content: ReactElement): ReactNode {
  const slot = document.getElementById(SUGGESTIONS_SLOT_ID);
  return slot ? createPortal(content, slot) : content;
}

export function SearchBox() {
  const { t } = useI18n();
  const query = useFolio((s) => s.query);
  const searchedQuery = useFolio((s) => s.searchedQuery);
  const didYouMean = useFolio((s) => s.didYouMean);
  const headlines = useFolio((s) => s.headlines);
  const results = useFolio((s) => s.results);
  const history = useFolio((s) => s.history);
  const setQuery = useFolio((s) => s.setQuery);
  const runSearch = useFolio((s) => s.runSearch);
  const openArticle = useFolio((s) => s.openArticle);
  const recordSearch = useFolio((s) => s.recordSearch);
  const focusRequest = useFolio((s) => s.searchFocusRequest);
  const loadHistory = useFolio((s) => s.loadHistory);
  const moveCursor = useFolio((s) => s.moveCursor);
  const inputRef = useRef<HTMLInputElement>(null);
  const [focused, setFocused] = useState(false);
  // Escape or a choice closes the popup until the text changes.
  const [dismissed, setDismissed] = useState(false);
  const [highlighted, setHighlighted] = useState(-1);
  const options = useMemo(
    () => suggestionOptions({ query, searchedQuery, didYouMean, headlines, results, history }),
    [query, searchedQuery, didYouMean, headlines, results, history],
  );
  const showPopup = focused && !dismissed && options.length > 0;

  useEffect(() => {
    if (focusRequest === 0) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusRequest]);

  const search = (text: string) => {
    setQuery(text);
    recordSearch(text);
    void runSearch();
  };

  const choose = (option: SuggestionOption) => {
    setDismissed(true);
    setHighlighted(-1);
    if (option.kind === 'headline') {
      recordSearch(query);
      void openArticle(option.id, searchedQuery);
    } else {
      search(option.query);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter and arrows belong to the input method while a composition (pinyin, zhuyin) is open.
    if (event.nativeEvent.isComposing) return;
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      if (showPopup) setHighlighted((i) => Math.max(-1, Math.min(options.length - 1, i + step)));
      else moveCursor(step);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = showPopup && highlighted >= 0 ? options[highlighted] : undefined;
      if (chosen) choose(chosen);
      else enter(event.shiftKey);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (showPopup && query !== '') {
        setDismissed(true);
        setHighlighted(-1);
      } else if (query !== '') setQuery('');
      else inputRef.current?.blur();
    }
  };

  return (
    <div className="search-area">
      <div className="search-box">
        <Icon name="search" />
        <input
          ref={inputRef}
          type="search"
          role="combobox"
          aria-label={t('searchLabel')}
          aria-expanded={showPopup}
          aria-controls={SUGGESTIONS_ID}
          aria-activedescendant={showPopup && highlighted >= 0 ? optionId(highlighted) : undefined}
          placeholder={t('searchPlaceholder')}
          value={query}
          maxLength={LIMITS.queryLength}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => {
            setHighlighted(-1);
            setDismissed(false);
            setQuery(event.target.value, !(event.nativeEvent as InputEvent).isComposing);
          }}
          onCompositionEnd={(event) => setQuery(event.currentTarget.value)}
          onFocus={() => {
            setFocused(true);
            void loadHistory();
          }}
          onBlur={() => {
            setFocused(false);
            setHighlighted(-1);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <SearchScope />
      {showPopup && popup(<SearchSuggestions options={options} highlighted={highlighted} onChoose={choose} />)}
    </div>
  );
}
