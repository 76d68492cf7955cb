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
import { searchHits } from './search-hits';

export interface SearchRequest {
  query: string;
  view: LibraryView;
  sort: SearchSort;
  offset: number;
  limit: number;
  /** Adds each hit's score parts. */
  explain?: boolean;
}

function sourceFilter(library: Library, names: string[], warnings: string[]): Set<number> | null {
  if (names.length === 0) return null;
  const wanted = new Set(names.map((n) => normalize(n).trim()));
  const ids = new Set(library.db.sources().filter((s) => wanted.has(normalize(s.name).trim())).map((s) => s.id));
  if (ids.size === 0) warnings.push(`No source is named ${names.join(' or ')}.`);
  return ids;
}

function passes(catalog: Catalog, id: number, view: LibraryView, filters: QueryFilters, sources: Set<number> | null): boolean {
  if (!catalog.inView(id, view)) return false;
  if (sources && !sources.has(catalog.source(id))) return false;
  const date = catalog.date(id);
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
  const started = performance.now();
  const warnings: string[] = [];
  const parsed = parseQuery(boundLength(request.query, warnings));
  const { filters, summary } = parsed;
  warnings.push(...summary.warnings);
  const root = boundTerms(parsed.root, warnings);
  const result = (total: number, hits: SearchResult['hits']): SearchResult => ({
    total,
    hits,
    query: { ...summary, warnings: [...new Set(warnings)] },
    elapsedMs: Math.round((performance.now() - started) * 100) / 100,
  });
  if (!root && !hasFilters(filters)) return result(0, []);

  const budget = deadlineBudget(superseded);
  try {
    const evaluation = root ? evaluate(library.index, root, budget) : everything(library);
    const { present } = evaluation.hits;
    const sources = sourceFilter(library, filters.sources, warnings);
    const { catalog } = library;
    const ranking = createRanking(
      { index: library.index, titles: library.titles, evaluation, date: (id) => catalog.date(id), byDate: request.sort === 'date' || !root },
      request.offset + request.limit,
    );
    let total = 0;
    for (let id = 0; id < present.length; id++) {
      if (!present[id] || !passes(catalog, id, request.view, filters, sources)) continue;
      if (evaluation.verify.length > 0 && !verified(library, id, evaluation.verify, budget)) continue;
      total++;
      ranking.push(id);
    }
    const ids = ranking.top(request.offset + request.limit).slice(request.offset);
    return result(total, searchHits(library, ids, ranking, patternsOf(root), request.explain ?? false));
  } catch (error) {
    if (!(error instanceof SearchStopped)) throw error;
    if (error.reason === 'superseded') throw error;
    warnings.push(budgetWarning());
    return result(0, []);
  }
}
