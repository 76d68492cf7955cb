// Filter chips: a chip shows the filter as it would be typed, and removing it rewrites the
// search box so the filter is gone and everything else the user typed stays. Where a filter
// is written comes from the query parser (its own tests check those offsets).
import { describe, expect, it } from 'vitest';
import { filterText, removeFilter } from '../../../src/renderer/src/search/query-filters';
import type { QueryFilter } from '../../../src/shared/model';

const source = (value: string): QueryFilter => ({ kind: 'source', value, start: 0, end: 0 });

describe('filterText', () => {
  it('writes a filter the way it is typed', () => {
    expect(filterText(source('BBC'))).toBe('source:BBC');
    expect(filterText({ kind: 'is', value: 'unread', start: 0, end: 0 })).toBe('is:unread');
    expect(filterText({ kind: 'after', value: '2023-06', start: 0, end: 0 })).toBe('after:2023-06');
    expect(filterText(source('美国之音'))).toBe('source:美国之音');
  });

  it('quotes a value with spaces so it reads as one filter', () => {
    expect(filterText(source('Voice of America'))).toBe('source:"Voice of America"');
  });
});

describe('removeFilter', () => {
  /** A filter as the parser reports it: found at the given text in the query. */
  const found = (query: string, written: string, filter: Omit<QueryFilter, 'start' | 'end'>, from = 0): QueryFilter => {
    const start = query.indexOf(written, from);
    return { ...filter, start, end: start + written.length };
  };

  it('removes the filter wherever it stands and closes up the spaces around it', () => {
    for (const [query, rest] of [
      ['source:BBC 习近平', '习近平'],
      ['习近平 source:BBC 会见', '习近平 会见'],
      ['election  source:BBC', 'election'],
      ['source:BBC', ''],
    ]) {
      expect(removeFilter(query as string, found(query as string, 'source:BBC', { kind: 'source', value: 'BBC' }))).toBe(rest);
    }
  });

  it('removes exactly what was written, whatever quotes or widths were used', () => {
    const query = '选举 source:“美国之音” 结果';
    expect(removeFilter(query, found(query, 'source:“美国之音”', { kind: 'source', value: '美国之音' }))).toBe('选举 结果');
    const wide = 'ｓｏｕｒｃｅ：ＢＢＣ 新闻';
    expect(removeFilter(wide, found(wide, 'ｓｏｕｒｃｅ：ＢＢＣ', { kind: 'source', value: 'ＢＢＣ' }))).toBe('新闻');
  });

  it('removes the one place clicked when the same filter is written twice', () => {
    const query = 'source:BBC x source:BBC';
    expect(removeFilter(query, found(query, 'source:BBC', { kind: 'source', value: 'BBC' }, 1))).toBe('source:BBC x');
  });

  it('leaves the spacing inside the rest of the query alone', () => {
    const query = '"New  York" source:BBC';
    expect(removeFilter(query, found(query, 'source:BBC', { kind: 'source', value: 'BBC' }))).toBe('"New  York"');
  });
});
