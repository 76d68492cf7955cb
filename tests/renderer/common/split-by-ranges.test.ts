// Highlighted snippets and titles: whatever ranges the service sends, the reader sees the
// text exactly once, in order, with exactly the covered characters marked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitByRanges } from '../../../src/renderer/src/common/split-by-ranges';
import type { TextPart } from '../../../src/renderer/src/common/split-by-ranges';
import type { Range } from '../../../src/shared/model';

/** The text as the reader sees it, with marked parts in [brackets]. */
const shown = (parts: TextPart[]) => parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

describe('splitByRanges', () => {
  it('marks one match inside a Chinese title', () => {
    expect(splitByRanges('习近平会见普京', [[3, 5]])).toEqual([
      { text: '习近平', hit: false },
      { text: '会见', hit: true },
      { text: '普京', hit: false },
    ]);
  });

  it('shows text without ranges as one plain part, and empty text as nothing', () => {
    expect(splitByRanges('No match here', [])).toEqual([{ text: 'No match here', hit: false }]);
    expect(splitByRanges('', [[0, 3]])).toEqual([]);
  });

  it('marks matches at the very start and end', () => {
    expect(
      shown(
        splitByRanges('Putin meets Xi', [
          [0, 5],
          [12, 14],
        ]),
      ),
    ).toBe('[Putin] meets [Xi]');
  });

  it('accepts ranges in any order', () => {
    expect(
      shown(
        splitByRanges('one two three', [
          [8, 13],
          [0, 3],
        ]),
      ),
    ).toBe('[one] two [three]');
  });

  it('shows touching and overlapping ranges as one mark, never repeating text', () => {
    expect(
      shown(
        splitByRanges('abcdef', [
          [1, 3],
          [3, 5],
        ]),
      ),
    ).toBe('a[bcde]f');
    expect(
      shown(
        splitByRanges('abcdef', [
          [0, 2],
          [1, 4],
        ]),
      ),
    ).toBe('[abcd]ef');
    expect(
      shown(
        splitByRanges('abcdef', [
          [1, 5],
          [2, 3],
        ]),
      ),
    ).toBe('a[bcde]f');
    expect(
      shown(
        splitByRanges('abcdef', [
          [2, 4],
          [2, 4],
        ]),
      ),
    ).toBe('ab[cd]ef');
  });

  it('clips ranges that reach past either end and ignores empty or inverted ones', () => {
    expect(
      shown(
        splitByRanges('short', [
          [-4, 2],
          [3, 99],
        ]),
      ),
    ).toBe('[sh]o[rt]');
    expect(
      shown(
        splitByRanges('short', [
          [2, 2],
          [4, 1],
          [10, 20],
        ]),
      ),
    ).toBe('short');
  });

  it('for any ranges, keeps the text intact and marks exactly the covered characters', () => {
    const cases = fc.string({ maxLength: 40 }).chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(fc.tuple(fc.integer({ min: -5, max: text.length + 5 }), fc.integer({ min: -5, max: text.length + 5 })), {
          maxLength: 8,
        }),
      ),
    );
    fc.assert(
      fc.property(cases, ([text, ranges]) => {
        const parts = splitByRanges(text, ranges as Range[]);
        expect(parts.map((p) => p.text).join('')).toBe(text);
        const covered = Array.from({ length: text.length }, (_, i) => ranges.some(([start, end]) => start <= i && i < end));
        const marked = parts.flatMap((p) => Array.from({ length: p.text.length }, () => p.hit));
        expect(marked).toEqual(covered);
        // Neighbouring parts differ, so one run of marked text is one mark, and no part is empty.
        parts.forEach((p, i) => {
          expect(p.text).not.toBe('');
          if (i > 0) expect(p.hit).not.toBe(parts[i - 1]?.hit);
        });
      }),
    );
  });
});
