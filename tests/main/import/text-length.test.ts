// The lengths the article finder weighs pages by, counted in the tree's text
// nodes, must be the lengths of the strings they replace: textContent without its
// whitespace, and textContent with its whitespace collapsed (what Readability measures).
import { parseDocument } from 'htmlparser2';
import { textContent } from 'domutils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../../src/main/import/parse/html-text';
import { collapsedLength, visibleLength } from '../../../src/main/import/parse/text-length';
import { isWhitespaceUnit } from '../../../src/shared/whitespace';

/** Text made of letters, CJK, and every kind of whitespace /\s/ knows, in runs. */
const piece = fc.constantFrom(
  'a',
  'Zürich',
  '经济',
  ' ',
  '  ',
  '\n',
  '\t\r',
  '\u00a0',
  '\u3000',
  '\u2003',
  '\u2028',
  '\ufeff',
  '\u200b',
  '\u0085',
  ',',
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.constantFrom('<!-- a comment 经济 -->', '<br>', '<img alt="alt text">'),
    fc
      .tuple(fc.constantFrom('div', 'p', 'span', 'a', 'td'), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
  ),
})).node;

describe('text lengths counted in the tree', () => {
  it('reads whitespace as /\\s/ does, over every UTF-16 unit', () => {
    for (let c = 0; c < 0x10000; c++) expect(isWhitespaceUnit(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('equal the lengths of the joined text, whitespace removed or collapsed', () => {
    fc.assert(
      fc.property(fc.array(markup, { minLength: 1, maxLength: 5 }), (parts) => {
        const root = parseDocument(`<section>${parts.join('')}</section>`).children[0];
        if (!root) throw new Error('nothing parsed');
        const joined = textContent(root);
        expect(visibleLength(root)).toBe(joined.replace(/\s+/g, '').length);
        expect(collapsedLength(root)).toBe(collapseWhitespace(joined).length);
      }),
      { numRuns: 500 },
    );
  });

  it('count a page whose text starts and ends with whitespace and runs it across elements', () => {
    const root = parseDocument('<div>\u3000 <p> 港口 </p>\n<p>\u00a0新规\t</p> <a> today </a>\n</div>').children[0];
    if (!root) throw new Error('nothing parsed');
    expect(collapsedLength(root)).toBe('港口 新规 today'.length);
    expect(visibleLength(root)).toBe('港口新规today'.length);
  });
});
