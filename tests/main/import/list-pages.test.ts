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

const links = (count: number) => Array.from({ length: count }, (_, i) => `- [第${i + 1}篇文章的标题](https://example.org/${i})`).join('\n');

describe('list pages', () => {
  it('skips a page whose body is only links', () => {
    expect(parse('notes/links.md', `# 文章列表\n\n${links(6)}\n`)).toEqual(LIST_PAGE);
  });

  it('keeps an article that happens to contain many links', () => {
    const body = `${'这是一段很长的正文，讨论了许多不同的话题，并引用了一些来源。'.repeat(6)}\n\n${links(6)}\n`;
    expect(parse('notes/sources.md', body)).toMatchObject({ kind: 'article' });
  });

  it('skips a page that is a heading and one "more" link, and a log of one URL per line', () => {
    expect(parse('lists/BBC.md', '# BBC\n\n[more](https://www.bbc.com/zhongwen/simp)\n')).toEqual(LIST_PAGE);
    expect(parse('logs/bbc_scraping_records.txt', 'https://e.org/a/1\nhttps://e.org/a/2\nhttps://e.org/a/3\n')).toEqual(LIST_PAGE);
    expect(parse('notes/few.md', links(4))).toEqual(LIST_PAGE);
  });

  it('keeps a short article with one link, and a feed item whose body is its link', () => {
    expect(parse('notes/short.md', '# 通知\n\n图书馆周六闭馆一天，周日照常开放，详见[公告](https://e.org/n)。\n')).toMatchObject({
      kind: 'article',
    });
    const stub = '<!--1679391902000-->\n[标题](https://e.org/s)\n------\n\n<p><a href="https://e.org/s">阅读全文</a></p>\n';
    expect(parse('lists/法广/stub.txt', stub)).toMatchObject({ kind: 'article' });
  });

  it('does not take a bare URL for a title', () => {
    const article = parse(
      'notes/link-first.txt',
      'https://e.org/story\n\nThe council met on Monday and agreed the new budget for the libraries.\n',
    );
    expect(article).toMatchObject({
      kind: 'article',
      article: { title: 'The council met on Monday and agreed the new budget for the libraries.' },
    });
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
