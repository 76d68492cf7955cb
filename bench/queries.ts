// The fixed query set: CJK of every length, frequent and rare words, English,
// phrases, OR, exclusion and filters. The planted terms (corpus/vocabulary.ts)
// give known frequencies; the source name is one of the generated feeds.
import { parseQuery } from '../src/main/search/query-parser';

export interface BenchQuery {
  q: string;
  /** What the query exercises, for the table. */
  kind: string;
}

export const QUERIES: readonly BenchQuery[] = [
  { q: '国', kind: '1 CJK char, frequent' },
  { q: '鹉', kind: '1 CJK char, rare' },
  { q: '经济', kind: '2 CJK chars, ~40%' },
  { q: '普京', kind: '2 CJK chars, ~2%' },
  { q: '习近平', kind: '3 CJK chars, ~5%' },
  { q: '習近平', kind: '3 CJK chars, Traditional' },
  { q: '人工智能', kind: '4 CJK chars, ~1%' },
  { q: '鹦鹉螺', kind: 'rare word, 0.1%' },
  { q: '中国 经济', kind: 'two frequent words' },
  { q: 'Twitter', kind: 'English word, ~8%' },
  { q: 'government', kind: 'English word, frequent' },
  { q: 'Zurich', kind: 'English, accent folded' },
  { q: '"climate change"', kind: 'English phrase' },
  { q: '"一带一路"', kind: 'CJK phrase' },
  { q: '普京 OR 泽连斯基', kind: 'OR' },
  { q: '经济 -美国', kind: 'exclusion' },
  { q: '经济 source:法广', kind: 'source filter' },
  { q: '习近平 after:2020-01-01', kind: 'date filter' },
  { q: 'Twitter before:2019-01-01 is:unread', kind: 'date + unread filters' },
  { q: '经济 is:starred', kind: 'starred filter' },
];

/**
 * What ripgrep searches for the same query: its literal terms, filters and
 * exclusions dropped (rg cannot apply them); several terms become `-e` patterns.
 */
export function literalTerms(query: string): string[] {
  return parseQuery(query).summary.terms.map((t) => t.replace(/^"(.*)"$/, '$1'));
}
