// The query text is the single source of truth for filters: a chip is removed by
// rewriting the text, so what the box shows is always what was searched. The
// parser in the main process says where each filter is written, so nothing here
// has to read the query again.
import type { QueryFilter } from '../../../shared/model';

/** How a filter is written in a query: source:BBC, source:"Voice of America", is:unread. */
export function filterText(filter: QueryFilter): string {
  const value = /[\s"]/.test(filter.value) ? `"${filter.value.replace(/"/g, '')}"` : filter.value;
  return `${filter.kind}:${value}`;
}

/** The query the filter was found in, without it; the spaces where it stood close up. */
export function removeFilter(query: string, filter: QueryFilter): string {
  const before = query.slice(0, filter.start).replace(/\s+$/, '');
  const after = query.slice(filter.end).replace(/^\s+/, '');
  return before && after ? `${before} ${after}` : before + after;
}
