// The rows of a results page: each ranked article with its snippet, the matches in
// its title, and (when asked) what its score is made of.
import type { SearchHit } from '../../shared/model';
import type { Library } from '../library/library';
import { articleSummary } from '../library/article-summary';
import type { ArticleRow } from '../store/library-rows';
import { findMatches } from '../search/match-text';
import type { TextPattern } from '../search/match-text';
import type { Ranking } from '../search/rank/ranking';
import { buildSnippet } from '../search/snippet';

/** Matches looked for per snippet: the window is chosen among them, so a few dozen suffice; a 1-character query can match thousands of times. */
const SNIPPET_MATCH_LIMIT = 64;

function toHit(library: Library, row: ArticleRow, ranking: Ranking, patterns: TextPattern[], explain: boolean): SearchHit {
  const text = library.readText(row.body);
  const { snippet, highlights } = buildSnippet(text, findMatches(text, patterns, { limit: SNIPPET_MATCH_LIMIT }));
  return {
    ...articleSummary(library, row),
    url: row.url,
    path: row.path,
    snippet,
    highlights,
    titleHighlights: findMatches(row.title, patterns),
    score: Math.round(ranking.score(row.id) * 1000) / 1000,
    ...(explain ? { explain: ranking.parts(row.id) } : {}),
  };
}

export function searchHits(library: Library, ids: number[], ranking: Ranking, patterns: TextPattern[], explain: boolean): SearchHit[] {
  const rows = new Map(library.db.articles(ids).map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = rows.get(id);
    return row ? [toHit(library, row, ranking, patterns, explain)] : [];
  });
}
