// Article HTML is untrusted: only the allowlist survives, nothing can run, and
// images are numbered references instead of addresses the page would load.
import fs from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../src/main/import/parse/sanitize';
import type { SanitizeOptions } from '../../../src/main/import/parse/sanitize';
import { fixture, makeTempDir, parseArticle, writeTree } from './fixture-files';

const ALLOWED_TAGS = new Set([
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'code',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'a',
  'img',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'colgroup',
  'col',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'span',
  'div',
  'time',
]);
const ALLOWED_ATTRIBUTES = new Set(['href', 'rel', 'title', 'alt', 'data-folio-ref', 'colspan', 'rowspan', 'start', 'datetime']);

/** Every element and attribute in html, as a browser-like parser sees them. */
function elementsOf(html: string): { name: string; attribs: Record<string, string> }[] {
  const found: { name: string; attribs: Record<string, string> }[] = [];
  const parser = new Parser({ onopentag: (name, attribs) => found.push({ name, attribs }) });
  parser.write(html);
  parser.end();
  return found;
}

function expectInert(html: string): void {
  for (const { name, attribs } of elementsOf(html)) {
    expect(ALLOWED_TAGS.has(name), `<${name}> is not allowed`).toBe(true);
    for (const [attribute, value] of Object.entries(attribs)) {
      expect(ALLOWED_ATTRIBUTES.has(attribute), `${attribute} on <${name}>`).toBe(true);
      if (attribute === 'href') expect(value).toMatch(/^(https?:|mailto:)/i);
    }
    if (name === 'a' && attribs['href']) expect(attribs['rel']).toBe('noopener noreferrer');
    if (name === 'img') expect(attribs['data-folio-ref']).toMatch(/^\d+$/);
  }
}

describe('hostile markup fixture', () => {
  const article = parseArticle(fixture('hostile/xss-vectors.txt'));

  it('keeps exactly the visible text', () => {
    expect(article.title).toBe('Hostile markup must render inert');
    expect(article.text.replace(/\s+/g, ' ')).toBe('Visible paragraph one. javascript link safe link styled div Visible paragraph two.');
  });

  it('leaves nothing executable', () => {
    expectInert(article.html);
    expect(article.html).not.toMatch(/pwned|javascript:|onerror|onload|<script|<svg|<math|<style|<iframe|<form|<meta|<base|<link|style=/i);
    expect(article.html).toContain('<a>javascript link</a>');
    expect(article.html).toContain('<a href="https://example.org/safe" rel="noopener noreferrer">safe link</a>');
  });

  it('records the images without loading them, and drops the tracking pixel', () => {
    expect(article.images.map((image) => [image.kind, image.src])).toEqual([['local', 'x']]);
    expect(article.images[0]?.path).toBeNull();
    expect(article.html).not.toContain('src=');
  });
});

describe('sanitizeArticleHtml', () => {
  let root = '';
  let articleFile = '';
  let outside = '';

  beforeAll(() => {
    outside = makeTempDir();
    root = makeTempDir();
    articleFile = path.join(root, 'posts', 'story.md');
    writeTree(root, { 'posts/story.md': '', 'posts/pics/a b.png': 'png', 'assets/logo.png': 'png' });
    writeTree(outside, { 'secret.png': 'png' });
  });
  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  const sanitize = (html: string, extra: Partial<SanitizeOptions> = {}) =>
    sanitizeArticleHtml(html, { filePath: articleFile, root, title: null, dropClutter: false, hiddenClasses: new Set(), ...extra });

  it('keeps text structure, tables and inline formatting', () => {
    const html =
      '<h2>Sub</h2><p>a <b>b</b> <em>c</em> <sup>1</sup></p><ul><li>x</li></ul><table><tr><td colspan="2">cell</td></tr></table><pre><code>x = 1</code></pre>';
    const { html: clean } = sanitize(html);
    expect(clean).toBe(
      '<h2>Sub</h2><p>a <b>b</b> <em>c</em> <sup>1</sup></p><ul><li>x</li></ul><table><tr><td colspan="2">cell</td></tr></table><pre><code>x = 1</code></pre>',
    );
  });

  it('removes style, class, id and event attributes', () => {
    const { html } = sanitize('<p class="lead" id="p1" style="color:red" onclick="x()" data-x="1">text</p>');
    expect(html).toBe('<p>text</p>');
  });

  it('keeps only http, https and mailto links', () => {
    const { html } = sanitize(
      '<a href="JaVaScRiPt:alert(1)">a</a><a href="javascript&#58;alert(1)">b</a><a href="vbscript:x">c</a>' +
        '<a href="data:text/html,x">d</a><a href="/relative">e</a><a href="mailto:x@example.org">f</a><a href="//example.org/p">g</a>',
    );
    expect(html).toBe(
      '<a>a</a><a>b</a><a>c</a><a>d</a><a>e</a><a href="mailto:x@example.org" rel="noopener noreferrer">f</a>' +
        '<a href="https://example.org/p" rel="noopener noreferrer">g</a>',
    );
  });

  it('drops inline placeholders and records the others in order', () => {
    const result = sanitize(
      '<img src="data:image/png;base64,AAAA" alt="placeholder"><img src="pics/a%20b.png" alt="A" title="T">' +
        '<img src="/assets/logo.png"><img src="../../' +
        path.basename(outside) +
        '/secret.png"><img src="' +
        path.join(outside, 'secret.png') +
        '">' +
        '<img data-src="https://example.org/lazy.jpg" src="data:image/gif;base64,R0l">',
    );
    expect(result.images).toEqual([
      { src: 'pics/a%20b.png', kind: 'local', path: path.join(root, 'posts/pics/a b.png'), alt: 'A', title: 'T', caption: '' },
      { src: '/assets/logo.png', kind: 'local', path: path.join(root, 'assets/logo.png'), alt: '', title: '', caption: '' },
      // Resolved to the file they name; copying refuses them, being outside the folder (prepare-file).
      {
        src: `../../${path.basename(outside)}/secret.png`,
        kind: 'local',
        path: path.join(outside, 'secret.png'),
        alt: '',
        title: '',
        caption: '',
      },
      { src: path.join(outside, 'secret.png'), kind: 'local', path: path.join(outside, 'secret.png'), alt: '', title: '', caption: '' },
      { src: 'https://example.org/lazy.jpg', kind: 'remote', path: null, alt: '', title: '', caption: '' },
    ]);
    expect(result.html).toBe(
      '<img alt="A" data-folio-ref="0" title="T" /><img alt="" data-folio-ref="1" /><img alt="" data-folio-ref="2" />' +
        '<img alt="" data-folio-ref="3" /><img alt="" data-folio-ref="4" />',
    );
  });

  it('records an inline image that is a picture, to be decoded on request, but not other data: URLs', () => {
    const chart = `data:image/png;base64,${'iVBORw0KGgo'.padEnd(2000, 'A')}`;
    const result = sanitize(`<img src="${chart}" alt="chart"><img src="data:text/html;base64,${'PGgxPg'.padEnd(2000, 'A')}">`);
    expect(result.images).toEqual([{ src: chart, kind: 'remote', path: null, alt: 'chart', title: '', caption: '' }]);
  });

  it('finds the real image of lazy-loading markup: data-* attributes, srcset and <picture>', () => {
    const blank = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
    const result = sanitize(
      `<img src="${blank}" data-original="https://cdn.example/orig.jpg">` +
        '<img src="/img/blank.gif" data-lazy-src="https://cdn.example/lazy-src.jpg">' +
        '<img src="https://zhihu.example/small.jpg" data-actualsrc="https://zhihu.example/full.jpg">' +
        `<img src="${blank}" data-srcset="https://wp.example/p-300x200.jpg 300w, https://wp.example/p-1024x683.jpg 1024w, https://wp.example/p-2560x1707.jpg 2560w">` +
        '<img src="https://x.example/a.jpg" srcset="https://x.example/a.jpg 1x, https://x.example/a@2x.jpg 2x">' +
        '<img srcset="https://img.example/w_300,h_200/p.jpg 300w, https://img.example/w_1600,h_900/p.jpg 1600w">' +
        '<picture><source type="image/avif" srcset="https://m.example/p-800.avif 800w, https://m.example/p-1600.avif 1600w">' +
        '<img src="https://m.example/p-400.jpg" alt="in a picture"></picture>' +
        '<img src="https://m.example/after-picture.jpg">' +
        '<img src="https://only.example/huge.jpg" srcset="https://only.example/huge-4000.jpg 4000w, https://only.example/huge-3000.jpg 3000w">',
    );
    expect(result.images.map((i) => i.src)).toEqual([
      'https://cdn.example/orig.jpg',
      'https://cdn.example/lazy-src.jpg',
      'https://zhihu.example/full.jpg',
      'https://wp.example/p-1024x683.jpg',
      'https://x.example/a@2x.jpg',
      'https://img.example/w_1600,h_900/p.jpg',
      'https://m.example/p-1600.avif',
      'https://m.example/after-picture.jpg',
      'https://only.example/huge-3000.jpg',
    ]);
    expect(result.images.every((i) => i.kind === 'remote')).toBe(true);
  });

  it('drops tracking pixels: 1×1 images and beacon hosts', () => {
    const result = sanitize(
      '<p>Text</p><img src="https://news.example/photo.jpg" alt="photo">' +
        '<img src="https://news.example/open.gif" width="1" height="1">' +
        '<img src="https://pixel.wp.com/g.gif?blog=1">' +
        '<img src="https://www.google-analytics.com/collect?v=1">' +
        '<img src="http://feeds.feedburner.com/~r/Example/~4/abc">',
    );
    expect(result.images.map((i) => i.src)).toEqual(['https://news.example/photo.jpg']);
    expect(result.html).toBe('<p>Text</p><img alt="photo" data-folio-ref="0" />');
  });

  it("keeps a protocol-relative image as written: it takes its article's scheme when downloaded", () => {
    expect(sanitize('<img src="//cdn.example/a.png">').images[0]).toMatchObject({ src: '//cdn.example/a.png', kind: 'remote' });
  });

  it('gives each image the caption of its own figure', () => {
    const result = sanitize(
      '<figure><img src="https://e.org/1.jpg"><figcaption>First &amp; <b>best</b></figcaption></figure>' +
        '<img src="https://e.org/2.jpg"><figure><img src="https://e.org/3.jpg"><figcaption>Third</figcaption></figure>',
    );
    expect(result.images.map((image) => image.caption)).toEqual(['First & best', '', 'Third']);
  });

  it('drops svg and math with their content', () => {
    const { html } = sanitize('<p>a</p><svg><text>svg text</text></svg><math><mi>x</mi></math><p>b</p>');
    expect(html).toBe('<p>a</p><p>b</p>');
  });

  it('drops a first heading that repeats the title, and only that', () => {
    const same = sanitize('<h1> The  Title </h1><p>body</p><h1>The Title</h1>', { title: 'The Title' });
    expect(same.html).toBe('<p>body</p><h1>The Title</h1>');
    expect(same.headline).toBe('The Title');
    const different = sanitize('<h1>Another heading</h1><p>body</p>', { title: 'The Title' });
    expect(different.html).toBe('<h1>Another heading</h1><p>body</p>');
    expect(different.headline).toBeNull();
  });

  it('with no title known, takes the first heading out as the headline', () => {
    const result = sanitize('<h1>Headline</h1><p>body</p>');
    expect(result).toMatchObject({ html: '<p>body</p>', headline: 'Headline' });
  });

  it('drops site clutter only when asked to', () => {
    const page =
      '<nav><a href="https://e.org/">Home</a></nav><div class="share-buttons"><a href="https://s.e.org/">Share</a><img src="https://e.org/icon.png"></div>' +
      '<div class="layout-with-sidebar main-content"><p>Story</p></div><aside>Related</aside><footer>Footer</footer>';
    const cleaned = sanitize(page, { dropClutter: true });
    expect(cleaned.html).toBe('<div><p>Story</p></div>');
    expect(cleaned.images).toEqual([]);
    const kept = sanitize(page);
    expect(kept.html).toContain('Share');
    expect(kept.html).toContain('Footer');
  });

  it('drops what the page hides, whether or not it is a raw page', () => {
    const { html } = sanitize(
      '<p>kept</p><div hidden>attr</div><p aria-hidden="true">aria</p><span style="color: red; display: none">inline</span>' +
        '<p style="visibility:hidden">invisible</p><p class="lead sr-x">by class</p><p aria-hidden="false">shown</p>',
      { hiddenClasses: new Set(['sr-x']) },
    );
    expect(html).toBe('<p>kept</p><p>shown</p>');
  });

  it('drops an image file name standing alone as a heading or caption', () => {
    const { html, headline } = sanitize(
      '<h1><strong>wechatimg2682.jpeg</strong></h1><h2>IMG_0042.JPG</h2><p>Text about photo.jpg here.</p>',
    );
    expect(headline).toBeNull();
    expect(html).not.toMatch(/wechatimg2682|IMG_0042/);
    expect(html).toContain('Text about photo.jpg here.');
  });

  it('marks photo credits so they are shown apart, and keeps them with their image', () => {
    const result = sanitize(
      '<p><img src="https://e.org/1.jpg"></p><p class="image-credit">Reuters</p><p>Body text.</p>' +
        '<figure><img src="https://e.org/2.jpg"><figcaption>Harbour at dawn</figcaption></figure><p>图片来源：新华社</p>',
    );
    expect(result.html).toContain('<p class="folio-credit">Reuters</p>');
    expect(result.html).toContain('<figcaption class="folio-credit">Harbour at dawn</figcaption>');
    expect(result.html).toContain('<p class="folio-credit">图片来源：新华社</p>');
    expect(result.html).toContain('<p>Body text.</p>');
    expect(result.images.map((i) => i.caption)).toEqual(['Reuters', 'Harbour at dawn']);
  });

  it('leaves a titled image its title as caption, with the credit under it marked', () => {
    const result = sanitize('<p><img src="https://e.org/chart.png" title="Passengers, five years"></p><p>Photo: Harbour Authority</p>');
    expect(result.html).toContain('<p class="folio-credit">Photo: Harbour Authority</p>');
    expect(result.images.map((i) => [i.title, i.caption])).toEqual([['Passengers, five years', '']]);
  });
});
