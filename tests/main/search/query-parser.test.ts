import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/main/search/normalize';
import { parseQuery } from '../../../src/main/search/query-parser';
import type { QueryNode } from '../../../src/main/search/query-parser';

function termsOf(node: QueryNode | null): Extract<QueryNode, { kind: 'term' }>[] {
  if (!node) return [];
  if (node.kind === 'term') return [node];
  if (node.kind === 'not') return termsOf(node.child);
  return node.children.flatMap(termsOf);
}

const term = (text: string, quoted = false, prefix = false): QueryNode => ({ kind: 'term', text, quoted, prefix });

describe('parseQuery: terms and operators', () => {
  it('ANDs words separated by whitespace, normalising their text', () => {
    const q = parseQuery('Trump  習近平 ');
    expect(q.root).toEqual({ kind: 'and', children: [term('trump'), term('习近平')] });
    expect(q.summary.terms).toEqual(['Trump', '習近平']);
  });

  it('gives a single term as the root itself', () => {
    expect(parseQuery('普京 ').root).toEqual(term('普京'));
  });

  it('marks only the last bare word as a prefix while it is being typed', () => {
    expect(parseQuery('new yo').root).toEqual({ kind: 'and', children: [term('new'), term('yo', false, true)] });
    expect(parseQuery('new yo ').root).toEqual({ kind: 'and', children: [term('new'), term('yo')] });
    expect(parseQuery('"new yo"').root).toEqual(term('new yo', true));
    expect(parseQuery('new -yo').root).toEqual({ kind: 'and', children: [term('new'), { kind: 'not', child: term('yo') }] });
    expect(parseQuery('trump is:unread').root).toEqual(term('trump'));
  });

  it('reads "exact phrases"', () => {
    const q = parseQuery('"New York" times ');
    expect(q.root).toEqual({ kind: 'and', children: [term('new york', true), term('times')] });
    expect(q.summary.terms).toEqual(['"New York"', 'times']);
  });

  it('excludes -term and -"phrase"', () => {
    const q = parseQuery('fox -trump -"white house" ');
    expect(q.root).toEqual({
      kind: 'and',
      children: [term('fox'), { kind: 'not', child: term('trump') }, { kind: 'not', child: term('white house', true) }],
    });
    expect(q.summary.terms).toEqual(['fox']);
    expect(q.summary.excluded).toEqual(['trump', '"white house"']);
  });

  it('keeps a hyphen inside a word as part of the word', () => {
    expect(parseQuery('e-mail ').root).toEqual(term('e-mail'));
  });

  it('binds OR tighter than AND', () => {
    expect(parseQuery('a b OR c ').root).toEqual({ kind: 'and', children: [term('a'), { kind: 'or', children: [term('b'), term('c')] }] });
    expect(parseQuery('a OR b c ').root).toEqual({ kind: 'and', children: [{ kind: 'or', children: [term('a'), term('b')] }, term('c')] });
  });

  it('chains OR and accepts | for it', () => {
    const or = { kind: 'or', children: [term('a'), term('b'), term('c')] };
    expect(parseQuery('a OR b OR c ').root).toEqual(or);
    expect(parseQuery('a | b | c ').root).toEqual(or);
  });

  it('treats lowercase or as a word', () => {
    expect(parseQuery('this or that ').root).toEqual({ kind: 'and', children: [term('this'), term('or'), term('that')] });
  });

  it('accepts full-width operators and Chinese quotes', () => {
    const q = parseQuery('＂習近平　訪俄＂ －普京 ｓｏｕｒｃｅ：ＢＢＣ 中国 ｜ 美国 ');
    expect(q.root).toEqual({
      kind: 'and',
      children: [term('习近平 访俄', true), { kind: 'not', child: term('普京') }, { kind: 'or', children: [term('中国'), term('美国')] }],
    });
    expect(q.filters.sources).toEqual(['ＢＢＣ']);
    expect(parseQuery('“好朋友” ').root).toEqual(term('好朋友', true));
  });

  it('keeps a quote inside a word as part of the word', () => {
    expect(parseQuery('他说“好朋友” ').root).toEqual(term('他说“好朋友”'));
  });
});

describe('parseQuery: filters', () => {
  it('collects source: filters, quoted or not, as any of them', () => {
    const q = parseQuery('source:BBC source:"Voice of America" putin ');
    expect(q.filters.sources).toEqual(['BBC', 'Voice of America']);
    expect(q.root).toEqual(term('putin'));
    expect(q.summary.filters).toEqual([
      expect.objectContaining({ kind: 'source', value: 'BBC' }),
      expect.objectContaining({ kind: 'source', value: 'Voice of America' }),
    ]);
  });

  it('says where each filter is written, so the UI can remove exactly that text', () => {
    const cases: [string, string][] = [
      ['习近平 source:BBC 会见', 'source:BBC'],
      ['a"b source:BBC', 'source:BBC'],
      ['他说“好 source:BBC', 'source:BBC'],
      ['source:"Voice of America" election', 'source:"Voice of America"'],
      ['选举 source:“美国之音” 结果', 'source:“美国之音”'],
      ['source:”BBC” news', 'source:”BBC”'],
      ['news source：BBC', 'source：BBC'],
      ['x is:unread y', 'is:unread'],
    ];
    for (const [query, written] of cases) {
      const [filter] = parseQuery(query).summary.filters;
      expect(filter, query).toBeDefined();
      expect(query.slice(filter?.start, filter?.end), query).toBe(written);
    }
    // Two identical filters are two places.
    const twice = parseQuery('source:BBC x source:BBC').summary.filters.map((f) => f.start);
    expect(twice).toEqual([0, 13]);
  });

  it('reads after: as on or after the start of the day, month or year (UTC)', () => {
    expect(parseQuery('after:2023-03-21').filters.after).toBe(Date.UTC(2023, 2, 21));
    expect(parseQuery('after:2023-03').filters.after).toBe(Date.UTC(2023, 2, 1));
    expect(parseQuery('after:2023').filters.after).toBe(Date.UTC(2023, 0, 1));
    expect(parseQuery('after:2023-01-01').summary.filters).toEqual([{ kind: 'after', value: '2023-01-01', start: 0, end: 16 }]);
  });

  it('reads before: as strictly before the start of that period', () => {
    expect(parseQuery('before:2023-06-30').filters.before).toBe(Date.UTC(2023, 5, 30));
    expect(parseQuery('before:2023-06').filters.before).toBe(Date.UTC(2023, 5, 1));
    expect(parseQuery('before:2024').filters.before).toBe(Date.UTC(2024, 0, 1));
  });

  it('narrows to the latest after: and the earliest before:', () => {
    const f = parseQuery('after:2020 after:2022 before:2024 before:2023-06').filters;
    expect(f.after).toBe(Date.UTC(2022, 0, 1));
    expect(f.before).toBe(Date.UTC(2023, 5, 1));
  });

  it('warns when the dates leave nothing to match', () => {
    expect(parseQuery('after:2024 before:2023').summary.warnings).toEqual([
      'The after: date is not before the before: date, so nothing can match.',
    ]);
  });

  it('reads is:unread and is:starred', () => {
    const q = parseQuery('is:unread IS:Starred');
    expect(q.filters).toMatchObject({ unread: true, starred: true });
    expect(q.root).toBeNull();
    expect(q.summary.filters).toEqual([
      expect.objectContaining({ kind: 'is', value: 'unread' }),
      expect.objectContaining({ kind: 'is', value: 'starred' }),
    ]);
  });

  it('starts with no filters', () => {
    expect(parseQuery('fox').filters).toEqual({ sources: [], after: null, before: null, unread: false, starred: false });
  });
});

describe('parseQuery: malformed input', () => {
  it('gives no root for empty or blank input', () => {
    expect(parseQuery('')).toEqual({
      root: null,
      filters: { sources: [], after: null, before: null, unread: false, starred: false },
      summary: { terms: [], excluded: [], filters: [], warnings: [] },
    });
    expect(parseQuery(' \u3000 ').root).toBeNull();
  });

  it('runs an unbalanced quote to the end of the query, with a warning', () => {
    const q = parseQuery('fox "white house');
    expect(q.root).toEqual({ kind: 'and', children: [term('fox'), term('white house', true)] });
    expect(q.summary.warnings).toEqual(['Missing closing quote: searched to the end of the query.']);
  });

  it('ignores a lone - with a warning', () => {
    for (const input of ['fox - dog', 'fox -']) {
      const q = parseQuery(input);
      expect(q.summary.excluded).toEqual([]);
      expect(q.summary.warnings).toEqual(['Ignored a lone "-": put it right before the word to exclude.']);
    }
  });

  it('ignores OR at either edge, with a warning', () => {
    for (const input of ['OR fox ', 'fox OR ', '| fox ']) {
      const q = parseQuery(input);
      expect(q.root).toEqual(term('fox'));
      expect(q.summary.warnings).toEqual(['Ignored OR at the edge of the query: put it between two words.']);
    }
  });

  it('ignores a repeated OR but keeps the one that joins', () => {
    const q = parseQuery('a OR OR b ');
    expect(q.root).toEqual({ kind: 'or', children: [term('a'), term('b')] });
    expect(q.summary.warnings).toEqual(['Ignored a repeated OR.']);
  });

  it('does not let OR join an excluded word or a filter', () => {
    const q = parseQuery('-a OR b ');
    expect(q.root).toEqual({ kind: 'and', children: [{ kind: 'not', child: term('a') }, term('b')] });
    expect(q.summary.warnings).toEqual(['Ignored OR next to an excluded word: OR joins words only.']);
    expect(parseQuery('a OR source:x ').summary.warnings).toEqual(['Ignored OR next to a filter: OR joins words only.']);
  });

  it('searches an unknown filter as plain text, with a warning', () => {
    const q = parseQuery('foo:bar ');
    expect(q.root).toEqual(term('foo:bar'));
    expect(q.summary.terms).toEqual(['foo:bar']);
    expect(q.summary.warnings).toEqual(['Unknown filter foo: — searched as text.']);
  });

  it('does not warn about a URL or a time', () => {
    expect(parseQuery('https://example.com/a 10:30 ').summary.warnings).toEqual([]);
  });

  it('ignores a bad date with a warning', () => {
    for (const input of ['after:2023-02-30', 'before:yesterday', 'after:23-01-01']) {
      const q = parseQuery(input);
      expect(q.filters.after).toBeNull();
      expect(q.filters.before).toBeNull();
      expect(q.summary.filters).toEqual([]);
      expect(q.summary.warnings).toHaveLength(1);
      expect(q.summary.warnings[0]).toMatch(/^Ignored (after|before):.*dates look like 2023-06-30/);
    }
  });

  it('ignores an unknown is: value, an empty filter and an excluded filter, with warnings', () => {
    expect(parseQuery('is:read').summary.warnings).toEqual(['Ignored is:read: use is:unread or is:starred.']);
    expect(parseQuery('source:').summary.warnings).toEqual(['Ignored source: with nothing after it.']);
    const q = parseQuery('-is:unread fox ');
    expect(q.filters.unread).toBe(false);
    expect(q.summary.warnings).toEqual(['Ignored -is:unread: filters cannot be excluded.']);
  });

  it('drops words with nothing searchable in them', () => {
    expect(parseQuery('... fox ').root).toEqual(term('fox'));
  });

  it('never throws, whatever is typed, and only yields normalised, non-empty terms', () => {
    const alphabet = fc.constantFrom(
      'a',
      'b',
      '中',
      '國',
      ' ',
      '"',
      '“',
      '”',
      '-',
      '－',
      ':',
      '：',
      '|',
      'OR',
      'source:',
      'after:',
      'is:',
      '2023',
      '\u3000',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 20 }), (parts) => {
        const q = parseQuery(parts.join(''));
        for (const t of termsOf(q.root)) {
          expect(t.text).toBe(normalize(t.text));
          expect(t.text.trim()).not.toBe('');
        }
      }),
    );
  });
});
