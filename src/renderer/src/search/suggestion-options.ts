// What the popup under the search box offers, in order: a corrected query, the
// headlines that hold the query (Enter opens one), and recent searches (all of them
// under an empty box, those the query starts while typing).
import type { Range } from '../../../shared/model';
import { rowAt } from '../state/paged-rows';
import type { FolioState } from '../state/store-types';

/** The parts of the store the options are made from (selected one by one, so the options are rebuilt only when these change). */
export type SuggestionSource = Pick<FolioState, 'query' | 'searchedQuery' | 'didYouMean' | 'headlines' | 'results' | 'history'>;

export type SuggestionOption =
  | { kind: 'correction'; query: string }
  | { kind: 'headline'; id: number; title: string; ranges: readonly Range[] }
  | { kind: 'recent'; query: string };

/** Recent searches offered while typing: a few that start with what was typed. */
const RECENT_WHILE_TYPING = 3;

export function suggestionOptions(s: SuggestionSource): SuggestionOption[] {
  const typed = s.query.trim();
  if (typed === '') return s.history.map((query) => ({ kind: 'recent', query }));
  const options: SuggestionOption[] = [];
  // Only what was searched for the text now in the box: an older answer would suggest for other words.
  if (s.searchedQuery === s.query) {
    if (s.didYouMean) options.push({ kind: 'correction', query: s.didYouMean });
    const wanted = new Set(s.headlines);
    for (let i = 0; i < s.results.pageSize && wanted.size > 0; i++) {
      const hit = rowAt(s.results, i);
      if (!hit || !wanted.delete(hit.id)) continue;
      options.push({ kind: 'headline', id: hit.id, title: hit.title, ranges: hit.titleHighlights });
    }
  }
  const lower = typed.toLowerCase();
  const recent = s.history.filter((q) => q.toLowerCase().startsWith(lower) && q.trim() !== typed).slice(0, RECENT_WHILE_TYPING);
  for (const query of recent) options.push({ kind: 'recent', query });
  return options;
}
