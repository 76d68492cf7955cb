import { useI18n } from '../i18n/use-i18n';
import { ResultList } from '../search/result-list';
import { SearchBox } from '../search/search-box';
import { SUGGESTIONS_SLOT_ID } from '../search/search-suggestions';
import { SearchSummary } from '../search/search-summary';
import { isSearching } from '../state/selectors';
import { useFolio } from '../state/store';
import { viewKey } from '../state/view-key';
import { ArticleList } from './article-list';
import { ListActions } from './list-actions';
import { ListHeader } from './list-header';
import './list.css';

/** The middle pane: the search box over either the current view's articles or the search results. */
export function ListPane() {
  const { t } = useI18n();
  const searching = useFolio(isSearching);
  // A new list (view, sort, query) starts scrolled to the top: remount rather than reset by hand.
  const listKey = useFolio((s) => (isSearching(s) ? `results:${s.resultsSeq}` : `${viewKey(s.view)}|${s.listSort}`));

  return (
    <section className="pane list-pane" aria-label={t('listPane')}>
      <SearchBox />
      {searching ? <SearchSummary /> : <ListHeader />}
      <ListActions />
      <div id={SUGGESTIONS_SLOT_ID} className="suggestions-slot" />
      {searching ? <ResultList key={listKey} /> : <ArticleList key={listKey} />}
    </section>
  );
}
