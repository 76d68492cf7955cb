// Title, date, source and URL each come from the first place that has them,
// in the order FORMATS.md gives.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../src/main/import/parse/canonical-url';
import { withoutSiteSuffix } from '../../../src/main/import/parse/page-meta';
import { makeTempDir, parseArticle, writeTree } from './fixture-files';

let root = '';
beforeEach(() => {
  root = makeTempDir();
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

function article(relative: string, content: string) {
  writeTree(root, { [relative]: content });
  return parseArticle(path.join(root, relative), root);
}

const capture = (link: string, body = '<p>Body text.</p>') => `<!--1679391902000-->\n[A title](${link})\n------\n\n${body}\n`;

describe('canonical URL', () => {
  it('removes tracking parameters and the fragment, and writes percent-encoding one way', () => {
    expect(canonicalUrl('https://WWW.Example.COM/a/%e4%b8%ad%7Ex?utm_source=rss&id=3&fbclid=abc&from=rss&spm=1.2&gclid=9#comments')).toBe(
      'https://www.example.com/a/%E4%B8%AD~x?id=3',
    );
  });

  it('gives a raw Chinese path and its percent-encoded form the same identity', () => {
    expect(canonicalUrl('https://www.rfi.fr/cn/中国/20230321-习近平')).toBe(
      canonicalUrl('https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/20230321-%E4%B9%A0%E8%BF%91%E5%B9%B3'),
    );
  });

  it('keeps parameters that identify the article', () => {
    expect(canonicalUrl('https://example.net/story?sid=70861&from=home-page')).toBe('https://example.net/story?sid=70861&from=home-page');
  });

  it('rejects what is not an http(s) URL', () => {
    for (const raw of ['not a url', '', 'javascript:alert(1)', 'mailto:x@example.org', '/relative/path', 'ftp://example.org/x']) {
      expect(canonicalUrl(raw)).toBeNull();
    }
  });
});

describe('source', () => {
  it('is the first folder below the root that names one', () => {
    expect(article('lists/法广/000_a.txt', capture('https://www.rfi.fr/cn/a')).source).toBe('法广');
    expect(article('lists/BBC/2023-03-21/001_b.txt', capture('https://www.bbc.com/zhongwen/b')).source).toBe('BBC');
  });

  it('skips generic and date folders, falling back to the URL host without www', () => {
    expect(article('_posts/2023/2023-03-21/x.txt', capture('https://www.rfi.fr/cn/x')).source).toBe('rfi.fr');
    expect(article('archive/news/03/y.txt', capture('https://news.example.org/y')).source).toBe('news.example.org');
  });

  it('prefers front matter source, then categories, then tags (list or bracketed string)', () => {
    const post = (fields: string) => `---\n${fields}\n---\nBody text.\n`;
    expect(article('BBC/a.md', post('source: Radio\ncategories: [ 泡泡 ]\ntags: [ t ]')).source).toBe('Radio');
    expect(article('BBC/b.md', post('categories: [ 泡泡 ]\ntags: [ t ]')).source).toBe('泡泡');
    expect(article('BBC/c.md', post('tags: "[ 泡泡 ]"')).source).toBe('泡泡');
    expect(article('BBC/d.md', post('tags:\n  - 第一\n  - 第二')).source).toBe('第一');
  });

  it('is the imported folder’s own name when nothing else names it', () => {
    expect(article('note.txt', 'A note\n\nSome text.').source).toBe(path.basename(root));
  });
});

describe('date', () => {
  it('falls back from front matter to the file name, its folders and the body date line, else undated — never the mtime', () => {
    const frontMatter = article('p/a.md', '---\ndate: 2022-03-06 11:51:51 +0800\n---\nText.');
    expect(frontMatter).toMatchObject({ dateSource: 'front-matter', date: Date.UTC(2022, 2, 6, 3, 51, 51), dateKind: 'instant' });

    const fromName = article('p/2021-07-09-story.md', 'Text.');
    expect(fromName).toMatchObject({ dateSource: 'file-name', date: Date.UTC(2021, 6, 9), dateKind: 'day' });

    const fromPath = article('news/2020/05/17/story.md', 'Text.');
    expect(fromPath).toMatchObject({ dateSource: 'path', date: Date.UTC(2020, 4, 17), dateKind: 'day' });

    const fromBody = article('p/c.txt', '[Dated](https://e.org/c)\n------\n\n<div>21/03/2023 - 10:40</div><p>Text.</p>');
    expect(fromBody).toMatchObject({ dateSource: 'body-date-line', date: Date.UTC(2023, 2, 21, 10, 40), dateKind: 'local' });

    const file = path.join(root, 'p/d.txt');
    writeTree(root, { 'p/d.txt': 'Undated\n\nText.' });
    const mtime = new Date('2020-02-02T02:02:02Z');
    fs.utimesSync(file, mtime, mtime);
    expect(parseArticle(file, root)).toMatchObject({ dateSource: null, date: 0, dateKind: 'undated' });
  });

  it('keeps a date at the precision the source gave it', () => {
    expect(article('p/a.md', '---\ndate: 2023-09-02\n---\nText.')).toMatchObject({ date: Date.UTC(2023, 8, 2), dateKind: 'day' });
    expect(article('p/b.md', '---\ndate: 2023-09-02 17:30\n---\nText.')).toMatchObject({
      date: Date.UTC(2023, 8, 2, 17, 30),
      dateKind: 'local',
    });
    expect(article('p/c.md', '---\ndate: 2023-09-02T17:30:00Z\n---\nText.')).toMatchObject({
      date: Date.UTC(2023, 8, 2, 17, 30),
      dateKind: 'instant',
    });
    // A feed's date without a zone is read as written, not in this machine's zone.
    expect(article('p/d.md', '---\ndate: Sat, 02 Sep 2023 17:30:00\n---\nText.')).toMatchObject({
      date: Date.UTC(2023, 8, 2, 17, 30),
      dateKind: 'local',
    });
    expect(article('p/e.md', '---\ndate: Sat, 02 Sep 2023 17:30:00 +0800\n---\nText.')).toMatchObject({
      date: Date.UTC(2023, 8, 2, 9, 30),
      dateKind: 'instant',
    });
  });

  it('ignores a front-matter date that is not a date', () => {
    expect(article('p/2019-01-02-x.md', '---\ndate: soon\n---\nText.')).toMatchObject({ dateSource: 'file-name' });
  });
});

describe('title', () => {
  it('of a plain-text file is its first non-empty line, which is not repeated in the text', () => {
    const plain = article('notes/p.txt', '\n  第一行标题\n\n第一段。\n\n第二段第一行\n第二行\n');
    expect(plain.format).toBe('plain-text');
    expect(plain.title).toBe('第一行标题');
    expect(plain.text).toBe('第一段。\n\n第二段第一行\n第二行');
  });

  it('of Markdown without front matter is its first heading', () => {
    const markdown = article('notes/m.md', '# Harbour news\n\nThe **market** opened.\n');
    expect(markdown.title).toBe('Harbour news');
    expect(markdown.text).toBe('The market opened.');
  });

  it('of a saved page without og:title is <title> without the site name', () => {
    const page = article(
      'pages/p.html',
      '<!DOCTYPE html><html><head><title>Ferry timetable changes | Example Daily</title></head><body><article><p>Ferries run hourly.</p></article></body></html>',
    );
    expect(page.title).toBe('Ferry timetable changes');
  });

  it('loses the site name written after the title, but not a dash that belongs to the title', () => {
    expect(withoutSiteSuffix('Volunteers clear 3 tonnes of plastic from river | Example Daily', null)).toBe(
      'Volunteers clear 3 tonnes of plastic from river',
    );
    expect(withoutSiteSuffix('Harbour plan approved - Example Daily', null)).toBe('Harbour plan approved');
    expect(withoutSiteSuffix('Biden - Xi meeting', null)).toBe('Biden - Xi meeting');
    expect(withoutSiteSuffix('习近平访俄 - 一个很长的网站名称 - BBC News 中文', 'BBC News 中文')).toBe('习近平访俄 - 一个很长的网站名称');
    expect(withoutSiteSuffix('Example Daily', 'Example Daily')).toBe('Example Daily');
  });

  it('falls back to the first line of text, then to the file name', () => {
    expect(article('notes/2020-05-06-empty-title.md', '<p></p><p>Just a paragraph.</p>').title).toBe('Just a paragraph.');
    expect(article('notes/2020-05-06-only-image.md', '<img src="https://e.org/a.png">').title).toBe('only-image');
  });

  it('decodes entities written in a capture title', () => {
    expect(article('c/e.txt', '[Tom &amp; Jerry &quot;return&quot;](https://e.org/e)\n------\n\n<p>x</p>').title).toBe(
      'Tom & Jerry "return"',
    );
  });
});

describe('saved page metadata', () => {
  it('reads <time datetime> and JSON-LD when meta tags are missing', () => {
    const withTime = article(
      'pages/t.html',
      '<html><body><article><h1>T</h1><time datetime="2021-01-02T03:04:05Z">2 Jan</time><p>Text.</p></article></body></html>',
    );
    expect(withTime).toMatchObject({ dateSource: 'page-meta', date: Date.UTC(2021, 0, 2, 3, 4, 5) });
    const withLd = article(
      'pages/ld.html',
      '<html><head><script type="application/ld+json">{"@graph":[{"@type":"Article","datePublished":"2020-06-07T08:00:00+02:00","author":{"name":"B. Writer"}}]}</script></head><body><main><p>Text.</p></main></body></html>',
    );
    expect(withLd).toMatchObject({ dateSource: 'page-meta', date: Date.UTC(2020, 5, 7, 6), author: 'B. Writer' });
  });

  it('extracts the article from a page without <article> or <main>', () => {
    const paragraph = 'The council approved the new harbour plan after a long debate about costs and benefits. ';
    const mostRead = ['Ferry fares rise', 'School reopens', 'Storm warning'].map((t, i) => `<li><a href="/s/${i}">${t}</a></li>`).join('');
    const page = article(
      'pages/r.html',
      `<html><head><title>Harbour plan approved - Example Daily</title></head><body><div class="col-a"><b>Most read</b><ul>${mostRead}</ul></div>` +
        `<div class="col-b"><p>${paragraph.repeat(4)}</p><p>${paragraph.repeat(3)}</p></div><div class="col-c">Copyright Example Daily</div></body></html>`,
    );
    expect(page.title).toBe('Harbour plan approved');
    expect(page.text).toBe(`${paragraph.repeat(4).trim()}\n\n${paragraph.repeat(3).trim()}`);
  });

  it('takes the <article> with the most text, not the most whitespace, from a page that lists teasers as articles too', () => {
    // The teaser is longer counted with its spaces (full-width, no-break, line breaks) and shorter without them.
    const teaser = '<article><a href="/t">相关\u3000\u3000阅读\u00a0\u00a0\u00a0\n\n\n\t\t\t推荐</a></article>';
    const page = article(
      'pages/teasers.html',
      `<html><head><title>港口新规</title></head><body>${teaser}<article><p>港口新规今日起实施</p></article>${teaser}</body></html>`,
    );
    expect(page.text).toBe('港口新规今日起实施');
  });
});
