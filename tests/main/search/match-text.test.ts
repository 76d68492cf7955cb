import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classOf, CJK, WORD } from '../../../src/main/search/char-class';
import { findMatches, patternsOf } from '../../../src/main/search/match-text';
import type { TextPattern } from '../../../src/main/search/match-text';
import { normalize } from '../../../src/main/search/normalize';
import { parseQuery } from '../../../src/main/search/query-parser';
import type { Range } from '../../../src/shared/model';

const exact = (text: string): TextPattern => ({ text: normalize(text), prefix: false });
const typing = (text: string): TextPattern => ({ text: normalize(text), prefix: true });
/** The original text under each match. */
const hits = (text: string, ...patterns: TextPattern[]): string[] => findMatches(text, patterns).map(([a, b]) => text.slice(a, b));

describe('findMatches: CJK', () => {
  it('finds CJK text as a substring, wherever it sits', () => {
    const text = '总书记习近平的讲话。习近平说';
    expect(findMatches(text, [exact('习近平')])).toEqual([
      [3, 6],
      [10, 13],
    ]);
    expect(hits('中共中央', exact('共中'))).toEqual(['共中']);
  });

  it('highlights Traditional text for a Simplified query, and the reverse', () => {
    expect(hits('習近平出席書展，讀者眾多', exact('习近平'), exact('书展'))).toEqual(['習近平', '書展']);
    expect(hits('习近平出席书展', exact('習近平'))).toEqual(['习近平']);
  });

  it('matches punctuation between CJK characters exactly', () => {
    expect(hits('北京，习近平', exact('京，习'))).toEqual(['京，习']);
    expect(hits('北京。习近平 北京习近平 北京, 习', exact('京，习'))).toEqual([]);
  });

  it('finds a CJK word next to Latin letters or digits', () => {
    expect(hits('2023年用iPhone拍照', exact('年'), exact('拍照'))).toEqual(['年', '拍照']);
  });

  it('merges overlapping matches but keeps touching ones apart', () => {
    expect(findMatches('哈哈哈', [exact('哈哈')])).toEqual([[0, 3]]);
    expect(findMatches('习近平习近平', [exact('习近平')])).toEqual([
      [0, 3],
      [3, 6],
    ]);
  });
});

describe('findMatches: words', () => {
  it('matches whole words only, ignoring case', () => {
    const text = 'Cat, category, concat, CAT. cat9';
    expect(findMatches(text, [exact('cat')])).toEqual([
      [0, 3],
      [23, 26],
    ]);
  });

  it('matches a word next to CJK characters', () => {
    expect(hits('用iPhone拍照', exact('iphone'))).toEqual(['iPhone']);
  });

  it('lets the word being typed match the start of a longer word', () => {
    expect(hits('Category and cat', typing('cat'))).toEqual(['Cat', 'cat']);
    expect(hits('recategorise', typing('cat'))).toEqual([]);
  });

  it('applies the prefix to the last word of a pattern only', () => {
    expect(hits('New York, Newark Yonkers', typing('new yo'))).toEqual(['New Yo']);
  });

  it('matches any run of separators where the pattern has one between words', () => {
    expect(hits('New-York, New  York, new\nyork, NEW.YORK', exact('new york'))).toEqual(['New-York', 'New  York', 'new\nyork', 'NEW.YORK']);
    expect(hits('newyork', exact('new york'))).toEqual([]);
    expect(hits('New York', exact('new-york'))).toEqual(['New York']);
  });

  it('folds accents and full-width letters, highlighting the original characters', () => {
    expect(hits('Zürich and Zu\u0308rich', exact('zurich'))).toEqual(['Zürich', 'Zu\u0308rich']);
    expect(hits('Café', exact('CAFE'))).toEqual(['Café']);
    expect(hits('ＮＥＷＳ today', exact('news'))).toEqual(['ＮＥＷＳ']);
  });

  it('covers a ligature or expansion the match ends inside', () => {
    expect(hits('ﬁnance', typing('fin'))).toEqual(['ﬁn']);
    expect(hits('Straße', exact('strasse'))).toEqual(['Straße']);
  });

  it('ignores separators at the ends of a pattern and patterns with nothing to find', () => {
    expect(hits('the fox.', exact('"fox."'))).toEqual(['fox']);
    expect(findMatches('a - b', [exact('-'), exact('')])).toEqual([]);
    expect(findMatches('', [exact('fox')])).toEqual([]);
  });

  it('returns the matches of several patterns sorted and merged', () => {
    expect(findMatches('New York times', [exact('times'), exact('new york'), exact('york')])).toEqual([
      [0, 8],
      [9, 14],
    ]);
  });
});

describe('findMatches: property', () => {
  // CJK characters in Simplified/Traditional pairs, punctuation, Latin words and spaces.
  const pieces = [
    '习',
    '習',
    '国',
    '國',
    '书',
    '書',
    '读',
    '讀',
    '近',
    '平',
    '际',
    '際',
    '，',
    '。',
    '、',
    '!',
    '-',
    ' ',
    '  ',
    'New',
    'york',
    'fox',
    'A',
  ];

  /** A pattern drawn from the normalised text: no WORD characters, starting and ending with CJK. */
  function cjkPatternIn(norm: string, start: number, length: number): string {
    const classOfChar = (ch: string): number => classOf(ch.codePointAt(0) as number);
    // The longest run of the slice without WORD characters, trimmed to start and end on CJK.
    const runs = [''];
    for (const ch of norm.slice(start, start + length)) {
      if (classOfChar(ch) === WORD) runs.push('');
      else runs[runs.length - 1] += ch;
    }
    const chars = [...runs.reduce((a, b) => (b.length > a.length ? b : a), '')];
    while (chars.length > 0 && classOfChar(chars[0] as string) !== CJK) chars.shift();
    while (chars.length > 0 && classOfChar(chars[chars.length - 1] as string) !== CJK) chars.pop();
    return chars.join('');
  }

  function bruteForce(norm: string, pattern: string): Range[] {
    const merged: Range[] = [];
    for (let i = 0; i + pattern.length <= norm.length; i++) {
      if (!norm.startsWith(pattern, i)) continue;
      const last = merged[merged.length - 1];
      if (last && i < last[1]) last[1] = i + pattern.length;
      else merged.push([i, i + pattern.length]);
    }
    return merged;
  }

  it('finds exactly the occurrences a brute-force scan of the normalised text finds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 60 }),
        fc.nat(),
        fc.integer({ min: 1, max: 8 }),
        fc.boolean(),
        (parts, startSeed, length, prefix) => {
          const text = parts.join('');
          const norm = normalize(text);
          // This alphabet folds one unit to one unit, so offsets in norm are offsets in text.
          expect(norm.length).toBe(text.length);
          const pattern = cjkPatternIn(norm, startSeed % norm.length, length);
          fc.pre(pattern.length > 0);
          const found = findMatches(text, [{ text: pattern, prefix }]);
          expect(found).toEqual(bruteForce(norm, pattern));
          for (const [a, b] of found) expect(normalize(text.slice(a, b)).includes(pattern)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('patternsOf', () => {
  it('takes positive terms only, without repeats, keeping the prefix flag', () => {
    const { root } = parseQuery('習近平 a OR 习近平 -trump "new york" -"white house" fo');
    expect(patternsOf(root)).toEqual([
      { text: '习近平', prefix: false },
      { text: 'a', prefix: false },
      { text: 'new york', prefix: false },
      { text: 'fo', prefix: true },
    ]);
  });

  it('gives nothing for an empty query', () => {
    expect(patternsOf(null)).toEqual([]);
  });
});
