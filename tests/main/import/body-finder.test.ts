// The cheap body finder stands in for Readability on pages that mark their article with
// neither <article> nor <main>: where it answers, the article must come out as Readability
// would give it, and where the page is ambiguous it must leave the choice to Readability.
import { Readability } from '@mozilla/readability';
import type { Element } from 'domhandler';
import render from 'dom-serializer';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleArticles } from '../../../bench/corpus/generate';
import type { SampledArticle } from '../../../bench/corpus/generate';
import { findArticleBody } from '../../../src/main/import/parse/body-finder';
import { splitFrontMatter } from '../../../src/main/import/parse/front-matter';
import { articleTextAndLinks } from '../../../src/main/import/parse/html-text';
import { sanitizeArticleHtml } from '../../../src/main/import/parse/sanitize';

const INDICES = Array.from({ length: 160 }, (_, i) => i * 53 + 7);
const CLUTTER_TEXT = /分享此文|近期文章|相关文章|阅读原文|关注该公众号|More from|发表回复/;

let pages: SampledArticle[] = [];

beforeAll(() => {
  pages = sampleArticles('realistic', 1, INDICES).articles.filter((a) => a.layout === 'jekyll-page');
});

const bodyOf = (a: SampledArticle): string => splitFrontMatter(a.content).body;

/** The article's plain text as the importer would store it, from (unsanitised) body HTML. */
function storedText(html: string): string {
  const options = { filePath: '/corpus/a.html', root: '/corpus', title: null, dropClutter: true, hiddenClasses: new Set<string>() };
  return articleTextAndLinks(sanitizeArticleHtml(html, options).html).text;
}

function readabilityHtml(html: string): string {
  const { document } = parseHTML(html);
  const result = new Readability(document).parse();
  if (!result?.content) throw new Error('Readability found nothing');
  return result.content;
}

/** Table cells and inline markup space text differently in the sample and the page: compare without whitespace. */
const letters = (text: string): string => text.replace(/\s+/g, '');

describe('the body finder', () => {
  it('picks the content element of every WeChat page, and it gives exactly the text Readability gives', () => {
    const wechat = pages.filter((a) => a.template === 'wechat');
    expect(wechat.length).toBeGreaterThan(10);
    for (const a of wechat) {
      const found = findArticleBody(parseDocument(bodyOf(a)));
      expect(found?.attribs['id'], a.path).toBe('js_content');
      const ours = storedText(render(found as Element, { encodeEntities: 'utf8' }));
      expect(ours, a.path).toBe(storedText(readabilityHtml(bodyOf(a))));
      expect(ours, a.path).not.toMatch(CLUTTER_TEXT);
    }
  });

  it('finds an element holding the whole article and none of the chrome on every site template', () => {
    const found = new Map<string, number>();
    const all = new Map<string, number>();
    for (const a of pages) {
      const template = a.template ?? '';
      all.set(template, (all.get(template) ?? 0) + 1);
      const body = findArticleBody(parseDocument(bodyOf(a)));
      // Short articles (a few paragraphs) are left to Readability.
      if (!body) continue;
      found.set(template, (found.get(template) ?? 0) + 1);
      const text = letters(textContent(body));
      // The sample's text is the title and the paragraphs; the body holds every paragraph (the title may sit outside it).
      for (const paragraph of a.text
        .split('\n')
        .slice(1)
        .filter((line) => line.trim().length > 0)) {
        expect(text, a.path).toContain(letters(paragraph));
      }
      expect(storedText(render(body, { encodeEntities: 'utf8' })), a.path).not.toMatch(CLUTTER_TEXT);
    }
    expect([...all.keys()].sort()).toEqual(['drupal', 'jekyll-theme', 'medium', 'wechat', 'wordpress']);
    for (const [template, count] of all) expect(found.get(template) ?? 0, template).toBeGreaterThan(count * 0.8);
  });

  it('leaves a page whose text is split between two columns to Readability', () => {
    const column = (id: string) =>
      `<div id="${id}">${'<p>一段足够长的文字，用来让这一段被计分，而且还有逗号，再多一些内容。</p>'.repeat(6)}</div>`;
    expect(findArticleBody(parseDocument(`<html><body>${column('left')}${column('right')}</body></html>`))).toBeNull();
  });

  it('leaves a page with too little text to be sure of to Readability', () => {
    expect(
      findArticleBody(parseDocument('<html><body><div><p>短短的一段文字，不够长也不够多，没有别的内容了。</p></div></body></html>')),
    ).toBeNull();
  });

  it('leaves a page whose only long text is a list of links to Readability', () => {
    const links = Array.from(
      { length: 12 },
      (_, i) => `<p><a href="/p/${i}">第${i}篇文章的标题，写得足够长以便计分，还有更多的字</a></p>`,
    ).join('');
    expect(findArticleBody(parseDocument(`<html><body><div class="list">${links}</div></body></html>`))).toBeNull();
  });

  it('never chooses an element the page hides or marks as navigation', () => {
    const paragraph =
      '<p>正文的一段文字，足够长以便计分，而且带着逗号，还有一些额外的内容，让它超过一百个字符的长度，这样它就能得到更多的分数。</p>';
    const page = `<html><body><nav>${paragraph.repeat(8)}</nav><div id="story">${paragraph.repeat(10)}</div></body></html>`;
    expect(findArticleBody(parseDocument(page))?.attribs['id']).toBe('story');
  });
});
