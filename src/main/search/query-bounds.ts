// What one query may cost, the same in the app and the CLI (issue 10): its length
// (the request limit of src/shared/limits), how many terms it holds, and how long
// it may run. Past any bound the search says so in a warning instead of going on.
import { LIMITS } from '../../shared/limits';
import type { Budget } from './evaluate';
import type { QueryNode } from './query-parser';

/** Terms and phrases a query may hold: more is pasted text, not a search (the CLI refuses such a query outright). */
export const MAX_QUERY_TERMS = LIMITS.queryTerms;
/** How long one search may run before it stops with a warning. */
export const SEARCH_BUDGET_MS = 2000;

export class SearchStopped extends Error {
  constructor(readonly reason: 'budget' | 'superseded') {
    super(reason === 'budget' ? 'search ran past its time budget' : 'a newer search replaced this one');
  }
}

export function tooLongWarning(): string {
  return `The query was cut to its first ${LIMITS.queryLength} characters.`;
}

export function budgetWarning(): string {
  return `This search was stopped after ${SEARCH_BUDGET_MS / 1000} s: make the query shorter or more specific.`;
}

/** Cuts a query to the length limit; the warning says so. */
export function boundLength(query: string, warnings: string[]): string {
  if (query.length <= LIMITS.queryLength) return query;
  warnings.push(tooLongWarning());
  return query.slice(0, LIMITS.queryLength);
}

/** Keeps the first MAX_QUERY_TERMS terms (in query order); the rest are dropped with a warning. */
export function boundTerms(root: QueryNode | null, warnings: string[]): QueryNode | null {
  let left = MAX_QUERY_TERMS;
  let dropped = 0;
  const keep = (node: QueryNode): QueryNode | null => {
    switch (node.kind) {
      case 'term':
        if (left > 0) {
          left--;
          return node;
        }
        dropped++;
        return null;
      case 'not': {
        const child = keep(node.child);
        return child ? { kind: 'not', child } : null;
      }
      case 'and':
      case 'or': {
        const children = node.children.map(keep).filter((c): c is QueryNode => c !== null);
        if (children.length === 0) return null;
        return children.length === 1 ? (children[0] as QueryNode) : { kind: node.kind, children };
      }
    }
  };
  const bounded = root ? keep(root) : null;
  if (dropped > 0) warnings.push(`Searched the first ${MAX_QUERY_TERMS} terms only; ${dropped} more were left out.`);
  return bounded;
}

/** A budget that stops the search past its deadline, or as soon as `superseded()` says a newer one came. */
export function deadlineBudget(superseded: () => boolean = () => false, ms = SEARCH_BUDGET_MS): Budget {
  const deadline = performance.now() + ms;
  return {
    check() {
      if (superseded()) throw new SearchStopped('superseded');
      if (performance.now() > deadline) throw new SearchStopped('budget');
    },
  };
}
