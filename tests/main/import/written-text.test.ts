// Import reads an article's plain text, link measure and figure captions from the sanitiser's own
// pass instead of parsing its output again. What the reader, the image viewer and the search index
// get must not change: for every input, they are those of parsing the sanitised HTML.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleArticles } from '../../../bench/corpus/generate';
import type { SampledArticle } from '../../../bench/corpus/generate';
import { statedTitle } from '../../../src/main/import/parse/article-metadata';
import { readArticleDraft } from '../../../src/main/import/parse/article-draft';
import { decodeArticleBytes } from '../../../src/main/import/parse/decode';
import { FigureCaptions } from '../../../src/main/import/parse/article-images';
import { articleTextAndLinks, readSanitizedHtml } from '../../../src/main/import/parse/html-text';
import type { LinkMeasure } from '../../../src/main/import/parse/list-page';
import { sanitizeArticleHtml } from '../../../src/main/import/parse/sanitize';
import type { SanitizeOptions } from '../../../src/main/import/parse/sanitize';
import type { ImageRef } from '../../../src/main/import/parse/parsed-article';
import { FIXTURES } from './fixture-files';

const ROOT = '/archive';
/** Images given a caption over the run: the comparison must meet some, or it proves nothing. */
let captioned = 0;

function measured(links: LinkMeasure): Record<string, unknown> {
  return {
    items: links.items,
    linkText: links.linkText,
    headingText: links.headingText,
    allText: links.allText,
    isLinkList: links.isLinkList({ onlyByShare: false }),
    isLinkListByShare: links.isLinkList({ onlyByShare: true }),
  };
}

/** The captions that parsing the sanitised HTML gives its images. */
function parsedCaptions(html: string, images: readonly ImageRef[]): string[] {
  const uncaptioned = images.map((image) => ({ ...image, caption: '' }));
  readSanitizedHtml(html, new FigureCaptions(uncaptioned));
  return uncaptioned.map((image) => image.caption);
}

/** The sanitised body's text, measure and captions beside those of parsing its HTML again. */
function expectSameAsParsed(input: Parameters<typeof sanitizeArticleHtml>[0], options: SanitizeOptions, label: string): void {
  const body = sanitizeArticleHtml(input, options);
  const parsed = articleTextAndLinks(body.html);
  expect(body.text, label).toBe(parsed.text);
  expect(measured(body.links), label).toEqual(measured(parsed.links));
  expect(
    body.images.map((image) => image.caption),
    label,
  ).toEqual(parsedCaptions(body.html, body.images));
  captioned += body.images.filter((image) => image.caption).length;
}

function options(overrides: Partial<SanitizeOptions> = {}): SanitizeOptions {
  return { filePath: `${ROOT}/a.html`, root: ROOT, title: null, dropClutter: true, hiddenClasses: new Set(), ...overrides };
}

/** A file's body as import sanitises it (parse-file.ts), and its whole text as markup both ways. */
function expectFileSameAsParsed(bytes: Uint8Array, filePath: string, root: string): void {
  const decoded = decodeArticleBytes(bytes);
  if (decoded.kind !== 'text') return;
  const text = decoded.text.replace(/\r\n?/g, '\n');
  const draft = readArticleDraft(text, filePath);
  const base = { filePath, root, hiddenClasses: draft.hiddenClasses };
  expectSameAsParsed(draft.html, { ...base, title: statedTitle(draft), dropClutter: draft.dropClutter }, filePath);
  for (const dropClutter of [true, false]) expectSameAsParsed(text, { ...base, title: null, dropClutter }, `${filePath} as markup`);
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

describe('the text, link measure and figure captions read from the sanitiser', () => {
  it('are those of parsing the sanitised HTML, for every fixture file of every format', () => {
    const files = filesUnder(FIXTURES);
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) expectFileSameAsParsed(fs.readFileSync(file), file, FIXTURES);
  });

  describe('on realistic saved pages', () => {
    let articles: SampledArticle[] = [];
    beforeAll(() => {
      ({ articles } = sampleArticles(
        'realistic',
        3,
        Array.from({ length: 300 }, (_, i) => i * 23 + 5),
      ));
    });

    it('are those of parsing the sanitised HTML, for 300 generated articles', () => {
      expect(articles.length).toBe(300);
      const before = captioned;
      for (const a of articles) expectFileSameAsParsed(Buffer.from(a.content), path.join(ROOT, a.path), ROOT);
      expect(captioned - before).toBeGreaterThan(300);
    });
  });

  it('leave out what is removed with its content after it closed: the repeated title, an image file name, an image without a source, clutter', () => {
    const cases: [string, Partial<SanitizeOptions>][] = [
      ['<p>Lead</p><h1>The Title</h1><p>After the <b>title</b></p>', { title: 'The Title' }],
      ['<h1>Headline <i>here</i></h1><div>Body<span>more</span></div>', {}],
      ['<p>A<h2>IMG_1234.jpg</h2>B</p><figure><img src="x.jpg"><figcaption> DSC0001.JPG </figcaption></figure><p>C</p>', {}],
      ['<p>One <span>two <img src=""> <img>three</span></p><p>Four<img src="javascript:x"></p>', {}],
      ['<div>Keep<nav><p>Home</p><a href="/x">Menu link</a> loose text</nav> this<aside><ul><li>Related</li></ul></aside></div>', {}],
      [
        '<p>Before <b class="share">Share this<p>inner</p></b> after</p><div class="hidden-x">hidden <a href="https://e.org">l</a></div>',
        { hiddenClasses: new Set(['hidden-x']) },
      ],
      ['<p>a<b><h1>Title</h1></b>c</p>', { title: 'Title' }],
    ];
    for (const [html, overrides] of cases) expectSameAsParsed(html, options(overrides), html);
  });

  it('break lines at credits the way the stored HTML marks them, also when the credit text follows a cut element', () => {
    const cases = [
      '<p>Text <span>Photo: Reuters</span> more text</p>',
      '<p>Text <small> 图片来源：新华社</small> text</p><div>Credit : x</div><span>image:y</span>',
      '<p>Text <span><b class="share">s</b>Source: AP</span> after</p>',
      '<p>Text <span><img src="">Photo: cut image before</span> after</p>',
      '<p>Text <span>Pho<font>to:</font> split by an unwrapped tag</span> after</p>',
      '<p>Text <span class="photo-credit">AFP</span><figure><img src="https://e.org/a.jpg"><figcaption>Cap</figcaption></figure></p>',
      '<p>Text <span title="t">Photo: not bare</span> after</p>',
    ];
    for (const html of cases) expectSameAsParsed(html, options(), html);
  });

  it('nest as a second parse would, where an unwrapped element stood between a block and what it implies closed', () => {
    const cases = [
      '<p>intro<font><div>block</div></font>tail</p>',
      '<ul><li>a<font><li>b</li></font>c</li></ul>',
      '<h2>head<font><h3>sub</h3></font>rest of head</h2><p>body</p>',
      '<a href="https://a.org">one<font><a href="https://b.org">two</a></font>three</a> and text enough to count as prose here',
      '<table><tr><td>outer<table><tr><td>x<font><td>y</td></font>z</td></tr></table>after</td><td>cell</td></tr></table><p>end</p>',
      '<dl><dt>t<font><dd>d</dd></font>u</dt></dl><p>p<font><p>q</p></font>r</p><p>s<font><hr></font>t</p>',
      '<div>a</br>b</p>c</div><pre>one\n<font><p>two\nthree</p></font>four</pre>',
      '<table><thead><tr><th>h<font><tbody><tr><td>b</td></tr></tbody></font></th></tr></thead></table>',
    ];
    for (const html of cases) expectSameAsParsed(html, options(), html);
  });

  it('caption images from their figure or the credit after them as a second parse would, nesting and entities included', () => {
    const before = captioned;
    const cases = [
      '<figure><img src="https://e.org/1.jpg"><figcaption>Tom &amp; <b>Jerry</b> &lt;3</figcaption></figure>',
      '<figure><img src="https://e.org/1.jpg"><figure><img src="https://e.org/2.jpg"><figcaption>inner</figcaption></figure><figcaption>outer</figcaption></figure>',
      '<p><img src="https://e.org/1.jpg"><span class="photo-credit">AFP / Getty</span> text</p><img src="https://e.org/2.jpg" title="t"><small class="caption">kept apart</small>',
      '<img src="https://e.org/1.jpg"><p>图片来源：新华社</p><img src="https://e.org/2.jpg"> words <p>Photo: AP</p>',
      '<p>a<figure><img src="https://e.org/1.jpg"><font><figcaption>misnested<p>para</p></figcaption></font></figure>b</p>',
    ];
    for (const html of cases) expectSameAsParsed(html, options(), html);
    expect(captioned - before).toBe(6);
  });

  it('count bare URLs and entities as the parsed text has them, escaped characters included', () => {
    const cases = [
      '<p>see https://e.org/a?x=1&amp;y=2 and http://b.org/<i>c</i>d &lt;https://c.org/&gt; "https://d.org/q"</p>',
      '<p>https://e.org/1&amp;https://e.org/2 https://e.org/3 https://e.org/4 https://e.org/5 x</p>',
      '<p>Tom &amp; Jerry &lt;3 &#x4E2D;&#25991; &nbsp; &amp;amp; a&b<c d>e</p>',
      '   <p>  leading and trailing space  </p>   ',
      'text only, https://e.org/only',
      '<noscript><p>raw</noscript><p>after</p></noscript><p>kept https://x.org</p>',
    ];
    for (const html of cases) expectSameAsParsed(html, options(), html);
  });

  it('are those of parsing the sanitised HTML for random markup mixing all of the above', () => {
    let seed = 7;
    // mulberry32: a small seeded generator, so a failure can be replayed.
    const random = (n: number): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    const pick = <T>(items: readonly T[]): T => items[random(items.length)] as T;
    // Unwrapped <font> often, so blocks meet what they close when parsed again; what drops its content rarely, or little is left.
    const TAGS = ['p', 'div', 'span', 'small', 'a', 'a', 'h1', 'h2', 'h3', 'li', 'ul', 'td', 'tr', 'table', 'dd', 'dt', 'pre', 'b']
      .concat(['figure', 'figcaption', 'blockquote', 'tbody', 'thead', 'section'])
      .concat(['font', 'font', 'font', 'font']);
    const DROPPING = ['nav', 'script', 'noscript', 'span class="share"', 'div hidden', 'p class="hid"'];
    const ATTRIBUTES = [' class="caption"', ' href="https://e.org/x?a=1&amp;b=2"', ' title="t"'];
    const TEXTS = [
      'Photo: AP',
      '图片来源：新华社',
      'IMG_0042.JPG',
      'The Title',
      'plain words',
      'more plain words',
      ' ',
      '\n',
      'a &amp; b',
      'x &lt;y&gt; z',
      'https://e.org/p?q=1&amp;r=2',
      '<img src="">',
      '<img src="https://e.org/i.jpg" alt="a">',
      '<br>',
      '</p>',
      '</br>',
      '<hr>',
    ];
    const before = captioned;
    for (let n = 0; n < 400; n++) {
      let html = '';
      const open: string[] = [];
      for (let step = 0; step < 40; step++) {
        const roll = random(3);
        if (roll === 0) {
          const [tag, attributes] = (random(30) === 0 ? pick(DROPPING) : pick(TAGS)).split(' ');
          html += `<${tag}${attributes ? ` ${attributes}` : random(4) === 0 ? pick(ATTRIBUTES) : ''}>`;
          open.push(tag as string);
        } else if (roll === 1 && open.length > 0) {
          // The innermost or the one outside it: misnested markup too.
          const at = open.length - 1 - random(Math.min(2, open.length));
          html += `</${open.splice(at, 1)[0]}>`;
        } else html += pick(TEXTS);
      }
      expectSameAsParsed(html, options({ title: pick(['The Title', null]), hiddenClasses: new Set(['hid']) }), html);
    }
    expect(captioned - before).toBeGreaterThan(0);
  });
});
