// The realistic profile (the bench's default) against the real archive it is
// shaped on: the quantiles of 500 generated articles within ±25 % of
// the figures, the page templates and clutter real posts have, and the
// importer finding exactly the article's text inside that clutter.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleArticles } from '../../bench/corpus/generate';
import type { SampledArticle } from '../../bench/corpus/generate';
import { REAL_ARCHIVE } from '../../bench/corpus/realistic/shape';
import type { ShapeSummary } from '../../bench/corpus/realistic/shape';
import { parseArticleFile } from '../../src/main/import/parse/parse-file';

/** Spread over the index range, so the sample is not one run of neighbours. */
const INDICES = Array.from({ length: 500 }, (_, i) => i * 37 + 11);
const TOLERANCE = 0.25;
/** Text that only the templates' chrome holds: share bars, sidebars, the WeChat tool bar, comment forms. */
const CLUTTER_TEXT = /分享此文|近期文章|相关文章|阅读原文|关注该公众号|More from|发表回复/;

let articles: SampledArticle[] = [];
let shape: ShapeSummary;

beforeAll(() => {
  ({ articles, shape } = sampleArticles('realistic', 1, INDICES));
});

const pages = (): SampledArticle[] => articles.filter((a) => a.layout === 'jekyll-page');

describe('the realistic corpus profile', () => {
  it('matches the real archive: file sizes, text lengths, markup per character, tags, images, Latin share, each within ±25 %', () => {
    const checked: string[] = [];
    for (const [figure, target] of Object.entries(REAL_ARCHIVE)) {
      for (const [p, real] of Object.entries(target)) {
        const ours = shape[figure as keyof typeof REAL_ARCHIVE][p as 'p50' | 'p90' | 'p99'];
        expect(Math.abs(ours / real - 1), `${figure} ${p}: ${ours} against the real archive's ${real}`).toBeLessThanOrEqual(TOLERANCE);
        checked.push(`${figure} ${p}`);
      }
    }
    expect(checked).toEqual(
      expect.arrayContaining(['fileBytes p50', 'fileBytes p90', 'fileBytes p99', 'textChars p50', 'textChars p99', 'bytesPerChar p90']),
    );
    expect(shape.articles).toBe(INDICES.length);
  });

  it('writes mostly whole saved pages of five site templates, with feed captures and Markdown posts beside them', () => {
    const count = (f: (a: SampledArticle) => boolean): number => articles.filter(f).length;
    expect(count((a) => a.layout === 'jekyll-page')).toBeGreaterThan(articles.length * 0.6);
    expect(count((a) => a.layout === 'feed-capture')).toBeGreaterThan(articles.length * 0.05);
    expect(count((a) => a.layout === 'jekyll-markdown')).toBeGreaterThan(0);
    const markers: Record<string, RegExp> = {
      wordpress: /<article id="post-\d+"[^>]*>[\s\S]*class="entry-content"[\s\S]*id="secondary" class="widget-area"/,
      medium: /class="pw-post-body-paragraph[\s\S]*window\.__APOLLO_STATE__/,
      'jekyll-theme': /<article class="post h-entry"[\s\S]*class="post-content e-content"/,
      drupal: /^---\n[\s\S]*?\n---\n<div id="navigation">[\s\S]*property="content:encoded"[\s\S]*Drupal\.settings/,
      wechat: /id="js_content"[\s\S]*id="js_toobar3"[\s\S]*关注该公众号/,
    };
    for (const [template, marker] of Object.entries(markers)) {
      const ofTemplate = pages().filter((a) => a.template === template);
      expect(ofTemplate.length, template).toBeGreaterThan(10);
      for (const a of ofTemplate) expect(a.content, `${template}: ${a.path}`).toMatch(marker);
    }
  });

  it('surrounds the body with clutter: scripts, styles, inline SVG, share buttons, related posts, lazy images, tables, quotes', () => {
    const having = (pattern: RegExp): number => pages().filter((a) => pattern.test(a.content)).length;
    const all = pages().length;
    expect(having(/<script[^>]*>[^<]{200,}<\/script>/)).toBeGreaterThan(all * 0.9);
    expect(having(/<style[^>]*>[^<]{200,}<\/style>/)).toBeGreaterThan(all * 0.5);
    expect(having(/<svg [^>]*><path d="M[^"]{40,}"/)).toBeGreaterThan(all * 0.7);
    expect(having(/share/i)).toBeGreaterThan(all * 0.5);
    expect(having(/相关文章|近期文章|More from/)).toBeGreaterThan(all * 0.5);
    expect(having(/<img[^>]+(?:data-src|data-lazy-src)="https:/)).toBeGreaterThan(all * 0.1);
    expect(having(/<table/)).toBeGreaterThan(0);
    expect(having(/<blockquote/)).toBeGreaterThan(all * 0.2);
    // Every image is remote (a lazy placeholder in src is a data: URL, with the real address beside it).
    for (const a of articles) {
      for (const m of a.content.matchAll(/<img[^>]*?\ssrc="([^"]*)"/g))
        expect(m[1], a.path).toMatch(/^(?:https:\/\/|data:image\/svg\+xml,)/);
    }
  });

  it('mixes Latin into Chinese text, and has wholly English sources', () => {
    const english = articles.filter((a) => a.language === 'en');
    expect(english.length).toBeGreaterThan(articles.length * 0.02);
    expect(english.length).toBeLessThan(articles.length * 0.1);
    const chinese = articles.filter((a) => a.language === 'zh');
    const withLatin = chinese.filter((a) => /[A-Za-z]{3,}/.test(a.text));
    expect(withLatin.length).toBeGreaterThan(chinese.length * 0.9);
  });

  it("leaves the importer exactly the article's text: the clutter around it is all dropped", () => {
    const sample = [...pages().slice(0, 40), ...articles.filter((a) => a.layout !== 'jekyll-page').slice(0, 10)];
    for (const a of sample) {
      const root = '/corpus';
      const outcome = parseArticleFile({ bytes: Buffer.from(a.content), path: path.join(root, a.path), root, sitePlace: null });
      expect(outcome.kind, a.path).toBe('article');
      if (outcome.kind !== 'article') continue;
      const extracted = `${outcome.article.title}\n${outcome.article.text.replace(/\n+/g, '\n')}`;
      // Dates and bylines inside some templates' article headers are kept; nothing else is added or lost.
      expect(extracted.length / a.text.length, a.path).toBeGreaterThan(0.97);
      expect(extracted.length / a.text.length, a.path).toBeLessThan(1.05);
      expect(extracted, a.path).not.toMatch(CLUTTER_TEXT);
    }
  });
});
