// What the popup under the search box offers: all recent searches under an empty box;
// while typing, a correction and the headlines of the results for exactly the text in
// the box (never an older answer's), then recent searches that start with it.
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../src/shared/model';
import { emptyRows, withPage } from '../../../src/renderer/src/state/paged-rows';
import { suggestionOptions } from '../../../src/renderer/src/search/suggestion-options';
import type { SuggestionSource } from '../../../src/renderer/src/search/suggestion-options';

const hit = (id: number, title: string): SearchHit => ({
  id,
  title,
  source: 's',
  sourceId: 1,
  date: '2023-01-01T00:00:00.000Z',
  dateGuessed: false,
  lang: 'en',
  read: false,
  starred: false,
  url: null,
  path: `${id}.txt`,
  snippet: null,
  highlights: [],
  titleHighlights: [[0, 3]],
  score: 1,
});

const source = (over: Partial<SuggestionSource>): SuggestionSource => ({
  query: '',
  searchedQuery: '',
  didYouMean: null,
  headlines: [],
  results: emptyRows<SearchHit>(50),
  history: ['vaccine rollout', 'putin', 'vaccines'],
  ...over,
});

describe('suggestionOptions', () => {
  it('offers every recent search under an empty box', () => {
    expect(suggestionOptions(source({}))).toEqual([
      { kind: 'recent', query: 'vaccine rollout' },
      { kind: 'recent', query: 'putin' },
      { kind: 'recent', query: 'vaccines' },
    ]);
  });

  it('offers the correction, the headlines holding the query in result order, then recent searches it starts', () => {
    const results = withPage(emptyRows<SearchHit>(50), 0, 3, [hit(7, 'Vac one'), hit(8, 'Body only'), hit(9, 'Vac two')]);
    const options = suggestionOptions(source({ query: 'vac', searchedQuery: 'vac', didYouMean: 'vacation', headlines: [9, 7], results }));
    expect(options).toEqual([
      { kind: 'correction', query: 'vacation' },
      { kind: 'headline', id: 7, title: 'Vac one', ranges: [[0, 3]] },
      { kind: 'headline', id: 9, title: 'Vac two', ranges: [[0, 3]] },
      { kind: 'recent', query: 'vaccine rollout' },
      { kind: 'recent', query: 'vaccines' },
    ]);
  });

  it('suggests no headlines from results that answer older text', () => {
    const results = withPage(emptyRows<SearchHit>(50), 0, 1, [hit(7, 'Vac one')]);
    const options = suggestionOptions(source({ query: 'vacc', searchedQuery: 'vac', didYouMean: 'vacation', headlines: [7], results }));
    expect(options.map((o) => o.kind)).toEqual(['recent', 'recent']);
  });
});
