// Broken files are reported with a reason or imported as well as they can be;
// none of them stops the import.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/main/import/parse/parse-file';
import { fixture, makeTempDir, parseArticle, parseFile } from './fixture-files';

describe('broken fixtures', () => {
  it('skips an empty file', () => {
    expect(parseFile(fixture('broken/empty.md'))).toEqual({ kind: 'skip', reason: 'empty' });
  });

  it('skips binary junk saved with an article extension', () => {
    expect(parseFile(fixture('broken/binary-junk.md'))).toEqual({ kind: 'skip', reason: 'binary file' });
  });

  it('imports a capture with a stray NUL byte, without the NUL', () => {
    const article = parseArticle(fixture('broken/nul-bytes.txt'));
    expect(article.title).toBe('Title with NUL');
    expect(article.text).toBe('beforeafter');
    expect(article.html).not.toContain('\u0000');
    expect(article.date).toBe(1600000000000);
  });

  it('imports a capture with a malformed timestamp and URL as undated, never dated by its mtime', () => {
    const file = fixture('broken/bad-timestamp.txt');
    const article = parseArticle(file);
    expect(article.title).toBe('Bad timestamp');
    expect(article.url).toBeNull();
    expect(article).toMatchObject({ date: 0, dateKind: 'undated', dateSource: null });
    expect(article.text).toBe('The header is malformed; the body should still import with a fallback date and title.');
    // No URL, no folder below the root: the imported folder names the source.
    expect(article.source).toBe('broken');
  });

  it('treats unclosed front matter as body text', () => {
    const article = parseArticle(fixture('broken/unclosed-front-matter.md'));
    expect(article.text).toContain('Body without the closing marker.');
    expect(article.text).toContain('never closed');
    expect(article.dateKind).toBe('undated');
  });
});

describe('generated bad input', () => {
  let dir = '';
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('parses a 9 MB body written on one line', () => {
    const file = path.join(dir, 'one-huge-line.txt');
    const body = '长'.repeat(3_000_000);
    fs.writeFileSync(file, `<!--1600000000000-->\n[One huge line](https://example.org/huge)\n------\n\n<p>${body}</p>`);
    expect(fs.statSync(file).size).toBeGreaterThan(9_000_000);
    const article = parseArticle(file);
    expect(article.title).toBe('One huge line');
    expect(article.text).toBe(body);
  });

  it('skips a whitespace-only file', () => {
    const file = path.join(dir, 'blank.md');
    fs.writeFileSync(file, '\n   \n\t\n');
    expect(parseFile(file)).toEqual({ kind: 'skip', reason: 'empty' });
  });

  it('skips a capture with nothing after the header as empty: nothing failed', () => {
    const file = path.join(dir, 'title-only.txt');
    fs.writeFileSync(file, '<!--1600000000000-->\n[Only a title](https://example.org/t)\n------\n\n<div><p> </p></div>\n');
    expect(parseFile(file)).toEqual({ kind: 'skip', reason: 'empty' });
  });

  it.each([
    ['a control character', '2023-03-21-back\bspace.md'],
    ['emoji', '2023-03-21-新闻 📰 速递.md'],
    ['a very long name', `2023-03-21-${'很长的标题'.repeat(16)}.md`],
  ])('parses a file whose name contains %s', (_label, name) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, 'Some text about the news of the day.\n');
    const article = parseArticle(file);
    expect(article.format).toBe('markdown');
    expect(article.text).toBe('Some text about the news of the day.');
    expect(article.dateSource).toBe('file-name');
    expect(article.dateKind).toBe('day');
    expect(new Date(article.date).toISOString()).toBe('2023-03-21T00:00:00.000Z');
  });

  it('handles any bytes without an internal error (which would surface as "malformed file")', () => {
    const file = path.join(dir, 'random.md');
    const kinds = new Set(['article', 'skip', 'fail']);
    const pieces = fc.constantFrom('---\n', '<!--1-->\n', '[t](u)\n', '------\n', '<p>', '</div>', '<img src=x>', '# h\n', '\u0000', '文');
    const inputs = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }).map((parts) => new TextEncoder().encode(parts.join(''))),
    );
    fc.assert(
      fc.property(inputs, (bytes) => {
        const outcome = parseArticleFile({ bytes, path: file, root: dir, sitePlace: null });
        expect(kinds.has(outcome.kind)).toBe(true);
        expect(outcome).not.toMatchObject({ reason: 'malformed file' });
      }),
      { numRuns: 500 },
    );
  });
});
