// The query text is the single source of truth for filters: a chip is removed by
// rewriting the text, so what the box shows is always what was searched.
import type { QueryFilter } from '../../../shared/model';

/**
 * Whitespace-separated tokens, where a quoted part (source:"Voice of America") stays inside its
 * token. Full-width and Chinese curly quotes count as quotes, as they do for the query parser.
 */
const TOKEN = /(?:[^\s"“”＂]+|["“＂][^"”＂]*["”＂]?)+/g;
/** The filter name ends at the first colon, ASCII or full-width. */
const COLON = /[:：]/;

const unquote = (value: string) => value.replace(/^["“＂]|["”＂]$/g, '');
const fold = (value: string) => value.normalize('NFKC').toLowerCase();

/** How a filter is written in a query: source:BBC, source:"Voice of America", is:unread. */
export function filterText(filter: QueryFilter): string {
  const value = /[\s"]/.test(filter.value) ? `"${filter.value.replace(/"/g, '')}"` : filter.value;
  return `${filter.kind}:${value}`;
}

/** The query without the first token that states `filter`; unchanged when the text has no such token. */
export function removeFilter(query: string, filter: QueryFilter): string {
  for (const match of query.matchAll(TOKEN)) {
    const token = match[0];
    const colon = token.search(COLON);
    if (colon < 0) continue;
    const kind = token.slice(0, colon);
    const value = unquote(token.slice(colon + 1));
    if (fold(kind) !== filter.kind || fold(value) !== fold(filter.value)) continue;
    const start = match.index;
    return `${query.slice(0, start)}${query.slice(start + token.length)}`.replace(/\s{2,}/g, ' ').trim();
  }
  return query;
}
