import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { LIMITS } from '../../../shared/limits';
import { Icon } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import { rowAtCursor } from '../state/selectors';
import { useFolio } from '../state/store';
import { HISTORY_ID, SearchHistory } from './search-history';
import './search.css';

/**
 * Enter in the box: search now if the results are behind the text; step through the matches of
 * the article opened from these results; otherwise open the result under the cursor.
 */
function enter(shift: boolean): void {
  const s = useFolio.getState();
  if (s.query !== s.searchedQuery) return void s.runSearch();
  const cursorRow = rowAtCursor(s);
  if (s.article && cursorRow?.id === s.article.id && s.matchHits.length > 0) return s.stepMatch(shift ? -1 : 1);
  s.openAtCursor();
}

export function SearchBox() {
  const { t } = useI18n();
  const query = useFolio((s) => s.query);
  const setQuery = useFolio((s) => s.setQuery);
  const runSearch = useFolio((s) => s.runSearch);
  const focusRequest = useFolio((s) => s.searchFocusRequest);
  const historyLength = useFolio((s) => s.history.length);
  const loadHistory = useFolio((s) => s.loadHistory);
  const moveCursor = useFolio((s) => s.moveCursor);
  const inputRef = useRef<HTMLInputElement>(null);
  const [focused, setFocused] = useState(false);
  const [highlighted, setHighlighted] = useState(-1);
  const showHistory = focused && query === '' && historyLength > 0;

  useEffect(() => {
    if (focusRequest === 0) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusRequest]);

  const choose = (text: string) => {
    setQuery(text);
    void runSearch();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter and arrows belong to the input method while a composition (pinyin, zhuyin) is open.
    if (event.nativeEvent.isComposing) return;
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      if (showHistory) setHighlighted((i) => Math.max(-1, Math.min(historyLength - 1, i + step)));
      else moveCursor(step);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = showHistory && highlighted >= 0 ? useFolio.getState().history[highlighted] : undefined;
      if (chosen !== undefined) choose(chosen);
      else enter(event.shiftKey);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (query !== '') setQuery('');
      else inputRef.current?.blur();
    }
  };

  return (
    <div className="search-box">
      <Icon name="search" />
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label={t('searchLabel')}
        aria-expanded={showHistory}
        aria-controls={HISTORY_ID}
        aria-activedescendant={showHistory && highlighted >= 0 ? `${HISTORY_ID}-${highlighted}` : undefined}
        placeholder={t('searchPlaceholder')}
        value={query}
        maxLength={LIMITS.queryLength}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => {
          setHighlighted(-1);
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
      {showHistory && <SearchHistory highlighted={highlighted} onChoose={choose} />}
    </div>
  );
}
