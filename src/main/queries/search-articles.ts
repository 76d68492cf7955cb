// A search request end to end: parse → evaluate on the index → filter by the
// library-pane view and the query's filters → verify what the index could only
// narrow down → rank (BM25, recency breaking ties) or sort by date → snippets.
import type { LibraryView, SearchHit, SearchResult, SearchSort } from '../../shared/model';
import type { Catalog } from '../library/catalog';
import type { Library } from '../library/library';
import { articleSummary } from '../library/article-summary';
import type { ArticleRow } from '../library/records';
import { evaluate } from '../search/evaluate';
import type { DenseHits } from '../search/evaluate';
import { findMatches, patternsOf } from '../search/match-text';
import type { TextPattern } from '../search/match-text';
import { normalize } from '../search/normalize';
import { parseQuery } from '../search/query-parser';
import type { QueryFilters } from '../search/query-parser';
import { buildSnippet } from '../search/snippet';
import { TopK } from '../search/top-k';

export interface SearchRequest {
  query: string;
  view: LibraryView;
  sort: SearchSort;
  offset: number;
  limit: number;
}

/** Matches looked for per snippet: the window is chosen among them, so a few dozen suffice; a 1-character query can match thousands of times. */
const SNIPPET_MATCH_LIMIT = 64;

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
function everything(library: Library): DenseHits {
  const { catalog } = library;
  const n = catalog.universe;
  const present = new Uint8Array(n);
  for (let id = 0; id < n; id++) if (catalog.has(id)) present[id] = 1;
  return { present, score: new Float32Array(n) };
}

/** A verify-term must match the title or the text itself, not only its separate runs. */
function verified(library: Library, id: number, patterns: TextPattern[]): boolean {
  const row = library.db.article(id);
  if (!row) return false;
  let text: string | null = null;
  return patterns.every((p) => {
    if (findMatches(row.title, [p], { limit: 1 }).length > 0) return true;
    text ??= library.readText(row.body);
    return findMatches(text, [p], { limit: 1 }).length > 0;
  });
}

function toHit(library: Library, row: ArticleRow, score: number, patterns: TextPattern[]): SearchHit {
  const text = library.readText(row.body);
  const { snippet, highlights } = buildSnippet(text, findMatches(text, patterns, { limit: SNIPPET_MATCH_LIMIT }));
  return {
    ...articleSummary(library, row),
    url: row.url,
    path: row.path,
    snippet,
    highlights,
    titleHighlights: findMatches(row.title, patterns),
    score: Math.round(score * 1000) / 1000,
  };
}

export function searchArticles(library: Library, request: SearchRequest): SearchResult {
  const started = performance.now();
  const parsed = parseQuery(request.query);
  const { filters, summary } = parsed;
  const warnings = [...summary.warnings];
  const hasFilters = filters.sources.length > 0 || filters.after !== null || filters.before !== null || filters.unread || filters.starred;
  const empty = (): SearchResult => ({ total: 0, hits: [], query: { ...summary, warnings }, elapsedMs: performance.now() - started });
  if (!parsed.root && !hasFilters) return empty();

  const root = parsed.root;
  const evaluation = root ? library.readIndex((index) => evaluate(index, root)) : { hits: everything(library), verify: [] };
  const { present, score } = evaluation.hits;
  const sources = sourceFilter(library, filters.sources, warnings);
  const byDate = request.sort === 'date' || !parsed.root;
  const catalog = library.catalog;
  const top = new TopK(request.offset + request.limit, (a, b) => {
    if (!byDate) {
      const d = Math.round((score[a] as number) * 1000) - Math.round((score[b] as number) * 1000);
      if (d !== 0) return d;
    }
    return catalog.date(a) - catalog.date(b) || a - b;
  });
  let total = 0;
  for (let id = 0; id < present.length; id++) {
    if (!present[id] || !passes(catalog, id, request.view, filters, sources)) continue;
    if (evaluation.verify.length > 0 && !verified(library, id, evaluation.verify)) continue;
    total++;
    top.push(id);
  }
  const ids = top.sorted().slice(request.offset);
  const rows = new Map(library.db.articles(ids).map((r) => [r.id, r]));
  const patterns = patternsOf(parsed.root);
  const hits = ids.flatMap((id) => {
    const row = rows.get(id);
    return row ? [toHit(library, row, score[id] as number, patterns)] : [];
  });
  return { total, hits, query: { ...summary, warnings }, elapsedMs: Math.round((performance.now() - started) * 100) / 100 };
}
