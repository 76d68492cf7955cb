// Index pages of a site list the articles; they are not articles themselves.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, parseArticle, parseFile, writeTree } from './fixture-files';

const LIST_PAGE = { kind: 'skip', reason: 'link list' };
const SITE_PAGE = { kind: 'skip', reason: 'site page' };

let root = '';
beforeEach(() => {
  root = makeTempDir();
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

function parse(relative: string, content: string) {
  writeTree(root, { [relative]: content });
  return parseFile(path.join(root, relative), root);
}

const links = (count: number) =>
  Array.from({ length: count }, (_, i) => `- [第${i + 1}篇文章的标题](https://example.org/${i})`).join('\n');

describe('list pages', () => {
  it('skips a page whose body is only links', () => {
    expect(parse('notes/links.md', `# 文章列表\n\n${links(6)}\n`)).toEqual(LIST_PAGE);
  });

  it('keeps an article that happens to contain many links', () => {
    const body = `${'这是一段很长的正文，讨论了许多不同的话题，并引用了一些来源。'.repeat(6)}\n\n${links(6)}\n`;
    expect(parse('notes/sources.md', body)).toMatchObject({ kind: 'article' });
  });

  it('keeps a page with fewer than five links even when it is all links', () => {
    expect(parse('notes/few.md', links(4))).toMatchObject({ kind: 'article' });
  });

  it('skips Jekyll site pages such as index.md and about.md', () => {
    expect(parse('index.md', '---\nlayout: home\n---\nWelcome to the archive.\n')).toEqual(SITE_PAGE);
    expect(parse('about.md', '---\nlayout: page\ntitle: About\n---\nThis archive keeps copies of news articles.\n')).toEqual(SITE_PAGE);
  });

  it('keeps a saved article that is named index.html', () => {
    writeTree(root, {
      'story-1/index.html':
        '<!DOCTYPE html><html><head><title>Bridge reopens</title></head><body><article><p>The bridge reopened on Monday.</p></article></body></html>',
    });
    expect(parseArticle(path.join(root, 'story-1/index.html'), root).title).toBe('Bridge reopens');
  });
});
