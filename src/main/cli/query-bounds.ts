// What a search from the command line may cost: the contract's query length and
// a cap on words and phrases (each is a walk of the index), checked before the
// library is opened, with a message that says what to change.
import { LIMITS } from '../../shared/limits';
import { parseQuery } from '../search/query-parser';
import type { QueryNode } from '../search/query-parser';

function countTerms(node: QueryNode | null): number {
  if (!node) return 0;
  switch (node.kind) {
    case 'term':
      return 1;
    case 'not':
      return countTerms(node.child);
    case 'and':
    case 'or':
      return node.children.reduce((n, child) => n + countTerms(child), 0);
  }
}

/** Why the query is refused, or null when it may run. */
export function queryTooCostly(query: string): string | null {
  if (query.length > LIMITS.queryLength) {
    return `The query is ${query.length} characters long; a query has at most ${LIMITS.queryLength}.`;
  }
  const terms = countTerms(parseQuery(query).root);
  if (terms > LIMITS.queryTerms) {
    return `The query has ${terms} words or phrases; a query has at most ${LIMITS.queryTerms}. Search for fewer.`;
  }
  return null;
}
