// Issue 10: what a query may cost is bounded — length, terms, time — with a warning
// that says what was left out, never a failure.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/shared/limits';
import { MAX_QUERY_TERMS, SearchStopped, boundLength, boundTerms, deadlineBudget } from '../../../src/main/search/query-bounds';
import { parseQuery } from '../../../src/main/search/query-parser';
import type { QueryNode } from '../../../src/main/search/query-parser';

const termsOf = (node: QueryNode | null): string[] => {
  if (!node) return [];
  if (node.kind === 'term') return [node.text];
  if (node.kind === 'not') return termsOf(node.child);
  return node.children.flatMap(termsOf);
};

describe('query bounds', () => {
  it('cuts a query to the shared length limit and says so', () => {
    const warnings: string[] = [];
    expect(boundLength('x'.repeat(LIMITS.queryLength + 10), warnings)).toHaveLength(LIMITS.queryLength);
    expect(warnings).toEqual([`The query was cut to its first ${LIMITS.queryLength} characters.`]);
    expect(boundLength('short', [])).toBe('short');
  });

  it('keeps the first terms in query order, OR groups and exclusions included, and says how many were left out', () => {
    const words = Array.from({ length: MAX_QUERY_TERMS + 4 }, (_, i) => `w${i}`);
    const query = `a OR b -c ${words.join(' ')}`;
    const warnings: string[] = [];
    const kept = termsOf(boundTerms(parseQuery(query).root, warnings));
    expect(kept).toEqual(['a', 'b', 'c', ...words.slice(0, MAX_QUERY_TERMS - 3)]);
    expect(warnings).toEqual([`Searched the first ${MAX_QUERY_TERMS} terms only; 7 more were left out.`]);
  });

  it('stops past its deadline, and at once when a newer search supersedes it', () => {
    expect(() => deadlineBudget(() => false, -1).check()).toThrow(expect.objectContaining({ reason: 'budget' }));
    expect(() => deadlineBudget(() => true).check()).toThrow(SearchStopped);
    expect(() => deadlineBudget(() => false).check()).not.toThrow();
  });
});
