// The rows of a results page: each ranked article with its snippet, the matches in
// its title, and (when asked) what its score is made of.
import type { HitSnippet, SearchHit } from '../../shared/model';
import type { Library } from '../library/library';
import { articleSummary } from '../library/article-summary';
import type { HitRow } from '../library/records';
import { patternsOf, textMatcher } from '../search/match-text';
import type { TextPattern } from '../search/match-text';
import { parseQuery } from '../search/query-parser';
import type { Ranking } from '../search/rank/ranking';
import { buildSnippet } from '../search/snippet';

/** Matches looked for per snippet: the window is chosen among them, so a few dozen suffice; a 1-character query can match thousands of times. */
const SNIPPET_MATCH_LIMIT = 64;

type Matcher = ReturnType<typeof textMatcher>;

/** Reading and inflating the text is most of a search's cost, so only rows that are shown get one. */
function snippetOf(library: Library, row: HitRow, matcher: Matcher): { snippet: string; highlights: SearchHit['highlights'] } {
  const text = library.readText(row.body);
  return buildSnippet(text, matcher(text, { limit: SNIPPET_MATCH_LIMIT }));
}

/**
 * The hit is written out field by field (a new field of ArticleSummary must be added here too):
 * spreading the summary into it cost several microseconds a hit, 0.2–0.4 ms of a 50-hit page.
 */
function toHit(library: Library, row: HitRow, ranking: Ranking, matcher: Matcher, explain: boolean, withSnippet: boolean): SearchHit {
  const { snippet, highlights } = withSnippet ? snippetOf(library, row, matcher) : { snippet: null, highlights: [] };
  const s = articleSummary(library, row);
  const hit: SearchHit = {
    id: s.id,
    title: s.title,
    source: s.source,
    sourceId: s.sourceId,
    date: s.date,
    dateKind: s.dateKind,
    read: s.read,
    starred: s.starred,
    lang: s.lang,
    url: row.url,
    path: row.path,
    snippet,
    highlights,
    titleHighlights: matcher(row.title),
    score: Math.round(ranking.score(row.id) * 1000) / 1000,
  };
  if (explain) hit.explain = { ...ranking.parts(row.id), recency: s.date };
  return hit;
}

export interface HitOptions {
  explain: boolean;
  /** Hits from the first that come with snippets. */
  snippets: number;
  /** Throws once the search is no longer wanted: snippets are most of a page's time. */
  stopIfSuperseded?: () => void;
}

export function searchHits(library: Library, ids: number[], ranking: Ranking, patterns: TextPattern[], options: HitOptions): SearchHit[] {
  const rows = new Map(library.db.hitRows(ids).map((r) => [r.id, r]));
  const matcher = textMatcher(patterns);
  return ids.flatMap((id, i) => {
    options.stopIfSuperseded?.();
    const row = rows.get(id);
    return row ? [toHit(library, row, ranking, matcher, options.explain, i < options.snippets)] : [];
  });
}

/** The snippets of hits sent without them, for the query they were found by. */
export function hitSnippets(library: Library, query: string, ids: readonly number[]): HitSnippet[] {
  const matcher = textMatcher(patternsOf(parseQuery(query).root));
  return library.db.hitRows(ids).map((row) => ({ id: row.id, ...snippetOf(library, row, matcher) }));
}
