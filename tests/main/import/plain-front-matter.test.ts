// Front matter read without the YAML library must read exactly as the library reads it, or be
// left to the library: a title, date or source must not change with the way it was read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readPlainFrontMatter } from '../../../src/main/import/parse/plain-front-matter';

const yaml = (source: string): unknown => parse(source, { uniqueKeys: false, maxAliasCount: 50 });

/** Characters YAML gives a meaning, mixed with (more often) plain text. */
const tricky = fc.constantFrom(
  ...[':', ': ', '#', ' #', '-', '"', "'", '[', ']', ',', '{', '}', '0', '1', '9', '.', 'e', 'E', 'x', 'o', '~', 'T'],
  ...['null', 'true', 'False', '.inf', '.NaN', '\\', '\t', '&', '*', '!', '%', '@', '`', '|', '>', '?', '_', '+', '\u2028', '\u00a0'],
  ...['https://example.org/a?b=c#d', '2017-07-21T18:40:48.000Z', '2017-07-21', '0x1F', '0o17', '1e3'],
);
const piece = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'Z', '中', '文', ' ', 'post', 'Hacker News'), weight: 4 },
  { arbitrary: tricky, weight: 1 },
);
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
const valueText = fc.oneof(
  text,
  text.map((t) => `"${t}"`),
  fc.array(text, { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
  fc.array(text, { maxLength: 4 }).map((items) => `[ ${items.join(', ')} ]`),
);
const key = fc.constantFrom('layout', 'title', 'Title', 'date', 'author', 'from', 'tags', 'categories', 'null', 'True', '1', 'a_b-c');
const line = fc.oneof(
  { arbitrary: fc.tuple(key, valueText).map(([k, v]) => `${k}: ${v}`), weight: 8 },
  fc.tuple(key, valueText).map(([k, v]) => `${k}:${v}`),
  fc.tuple(key, valueText).map(([k, v]) => `  ${k}: ${v}`),
  text,
  fc.constant(''),
);
const frontMatter = fc.array(line, { minLength: 1, maxLength: 6 }).map((lines) => lines.join('\n'));

describe('front matter read without the YAML library', () => {
  it('reads what the library reads, or leaves it to the library', () => {
    fc.assert(
      fc.property(frontMatter, (source) => {
        const plain = readPlainFrontMatter(source);
        if (plain !== null) expect(plain).toEqual(yaml(source));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the front matter of a saved post itself', () => {
    const source = [
      'layout: post',
      'title: "经济：不的的天一的面导是的也的武公础在导是的"',
      'date: 2022-03-08T06:37:02.000Z',
      'author: 编辑部',
      'from: https://tech-notes.example/cn/20220308-%E7%BB%8F?utm_source=rss#top',
      'tags: [ 数字时代周报 ]',
      'categories: [ The Guardian, "Hacker News" ]',
      '',
    ].join('\n');
    const plain = readPlainFrontMatter(source);
    expect(plain).not.toBeNull();
    expect(plain).toEqual(yaml(source));
    expect(plain).toMatchObject({ title: '经济：不的的天一的面导是的也的武公础在导是的', tags: ['数字时代周报'] });
  });

  it('leaves numbers, booleans, nulls, escapes, comments and nesting to the library', () => {
    for (const source of [
      'title: 2024',
      'title: 1e3',
      'draft: true',
      'title: ~',
      'title:',
      'title: "a\\"b"',
      "title: 'single'",
      'title: a # comment',
      'tags:\n  - one',
      'title: >\n  folded',
      'title: &a x',
      'date: 2017-07-21',
      '__proto__: x',
    ]) {
      expect(readPlainFrontMatter(source), source).toBeNull();
    }
  });
});
