// A search request end to end: parse and bound → evaluate on the index → filter by
// the library-pane view and the query's filters → verify what the index could only
// narrow down → rank (search/rank/) or sort by date → hits with snippets.
import type { LibraryView, SearchResult, SearchSort } from '../../shared/model';
import type { Catalog } from '../library/catalog';
import type { Library } from '../library/library';
import { evaluate, emptyHits } from '../search/evaluate';
import type { Budget, Evaluation } from '../search/evaluate';
import { findMatches, patternsOf } from '../search/match-text';
import type { TextPattern } from '../search/match-text';
import { normalize } from '../search/normalize';
import { boundLength, boundTerms, budgetWarning, deadlineBudget, SearchStopped } from '../search/query-bounds';
import { parseQuery } from '../search/query-parser';
import type { QueryFilters } from '../search/query-parser';
import { createRanking } from '../search/rank/ranking';
import { didYouMean } from '../search/did-you-mean';
import { searchHits } from './search-hits';

export interface SearchRequest {
  query: string;
  view: LibraryView;
  sort: SearchSort;
  offset: number;
  limit: number;
  /** Adds each hit's score parts. */
  explain?: boolean;
  /** How many hits from the first get snippets (default: all). */
  snippets?: number;
}

/** Headlines suggested under the search box. */
const HEADLINE_SUGGESTIONS = 5;
/** At most this many hits, a misspelt word is worth a "did you mean". */
const FEW_HITS = 2;

function sourceFilter(library: Library, names: string[], warnings: string[]): Set<number> | null {
  if (names.length === 0) return null;
  const wanted = new Set(names.map((n) => normalize(n).trim()));
  // A source answers to the name import gave it and to the one the library pane shows (a rename, or the source it was merged into).
  const answersTo = (name: string): boolean => wanted.has(normalize(name).trim());
  const ids = new Set(
    library.db
      .sources()
      .filter((s) => answersTo(s.name) || answersTo(library.sources.displayName(s.id)))
      .map((s) => s.id),
  );
  if (ids.size === 0) warnings.push(`No source is named ${names.join(' or ')}.`);
  return ids;
}

function passes(catalog: Catalog, id: number, view: LibraryView, filters: QueryFilters, sources: Set<number> | null): boolean {
  if (!catalog.inView(id, view)) return false;
  if (sources && !sources.has(catalog.source(id))) return false;
  const date = catalog.date(id);
  // An undated article has no day to compare: no after: or before: matches it.
  if ((filters.after !== null || filters.before !== null) && !catalog.isDated(id)) return false;
  if (filters.after !== null && date < filters.after) return false;
  if (filters.before !== null && date >= filters.before) return false;
  if (filters.unread && catalog.isRead(id)) return false;
  if (filters.starred && !catalog.isStarred(id)) return false;
  return true;
}

/** Every article of the library, unscored: the candidates of a query made only of filters. */
function everything(library: Library): Evaluation {
  const { catalog } = library;
  const hits = emptyHits(catalog.universe);
  for (let id = 0; id < hits.present.length; id++) if (catalog.has(id)) hits.present[id] = 1;
  return { hits, verify: [], terms: [], clauses: 0, scale: 0 };
}

/** A verify-term must match the title or the text itself, not only its separate runs. */
function verified(library: Library, id: number, patterns: TextPattern[], budget: Budget): boolean {
  budget.check();
  const row = library.db.article(id);
  if (!row) return false;
  let text: string | null = null;
  return patterns.every((p) => {
    if (findMatches(row.title, [p], { limit: 1 }).length > 0) return true;
    text ??= library.readText(row.body);
    return findMatches(text, [p], { limit: 1 }).length > 0;
  });
}

function hasFilters(filters: QueryFilters): boolean {
  return filters.sources.length > 0 || filters.after !== null || filters.before !== null || filters.unread || filters.starred;
}

/** superseded: true once a newer search makes this one pointless (the search worker cancels so). */
export function searchArticles(library: Library, request: SearchRequest, superseded?: () => boolean): SearchResult {
  return runSearch(library, request, superseded).result;
}

/** How many articles a saved search matches, and how many of them are unread (nothing is ranked). */
export function countMatches(library: Library, query: string, view: LibraryView): { total: number; unread: number } {
  const { result, unread } = runSearch(library, { query, view, sort: 'date', offset: 0, limit: 0 });
  return { total: result.total, unread };
}

function runSearch(library: Library, request: SearchRequest, superseded?: () => boolean): { result: SearchResult; unread: number } {
  const started = performance.now();
  const warnings: string[] = [];
  const parsed = parseQuery(boundLength(request.query, warnings));
  const { filters, summary } = parsed;
  warnings.push(...summary.warnings);
  const root = boundTerms(parsed.root, warnings);
  const result = (total: number, hits: SearchResult['hits'], more?: Pick<SearchResult, 'headlines' | 'didYouMean'>): SearchResult => ({
    total,
    hits,
    query: { ...summary, warnings: [...new Set(warnings)] },
    elapsedMs: Math.round((performance.now() - started) * 100) / 100,
    headlines: more?.headlines ?? [],
    didYouMean: more?.didYouMean ?? null,
  });
  if (!root && !hasFilters(filters)) return { result: result(0, []), unread: 0 };

  const budget = deadlineBudget(superseded);
  try {
    const evaluation = root ? library.readIndex((index) => evaluate(index, root, budget)) : everything(library);
    const { present } = evaluation.hits;
    const sources = sourceFilter(library, filters.sources, warnings);
    const { catalog } = library;
    const ranking = createRanking(
      {
        index: library.index,
        titles: library.titles,
        evaluation,
        date: (id) => catalog.date(id),
        byDate: request.sort === 'date' || !root,
      },
      request.offset + request.limit,
    );
    let total = 0;
    let unread = 0;
    for (let id = 0; id < present.length; id++) {
      if (!present[id] || !passes(catalog, id, request.view, filters, sources)) continue;
      if (evaluation.verify.length > 0 && !verified(library, id, evaluation.verify, budget)) continue;
      total++;
      if (!catalog.isRead(id)) unread++;
      if (request.limit > 0) ranking.push(id);
    }
    if (request.limit === 0) return { result: result(total, []), unread };
    const ids = ranking.top(request.offset + request.limit).slice(request.offset);
    const first = request.offset === 0;
    const words = evaluation.terms.flatMap((t) => (t.plan.kind === 'word' && !t.quoted ? [t.text] : []));
    const hits = searchHits(library, ids, ranking, patternsOf(root), {
      explain: request.explain ?? false,
      snippets: request.snippets ?? ids.length,
      // Not the deadline: a search that found its hits shows them, however long their snippets take.
      stopIfSuperseded: () => {
        if (superseded?.()) throw new SearchStopped('superseded');
      },
    });
    const more = {
      headlines: first ? ids.filter((id) => ranking.inHeadline(id)).slice(0, HEADLINE_SUGGESTIONS) : [],
      didYouMean: first && total <= FEW_HITS && words.length > 0 ? didYouMean(library.index, request.query, words) : null,
    };
    return { result: result(total, hits, more), unread };
  } catch (error) {
    if (!(error instanceof SearchStopped) || error.reason === 'superseded') throw error;
    warnings.push(budgetWarning());
    return { result: result(0, []), unread: 0 };
  }
}
