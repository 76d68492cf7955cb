// The allow-list sanitiser replaced sanitize-html on every article: with the same hooks it must
// write the same bytes sanitize-html wrote with Folio's options, on hostile markup (the fixtures
// and the tricks sanitize-html's advisories name) and on whole saved pages full of clutter.
import fs from 'node:fs';
import render from 'dom-serializer';
import { findAll } from 'domutils';
import { Parser, parseDocument } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import type { Element } from 'domhandler';
import type { IFrame } from 'sanitize-html';
import { describe, expect, it } from 'vitest';
import { sampleArticles } from '../../../bench/corpus/generate';
import { sanitizeWithAllowList, SHORT_TEXT } from '../../../src/main/import/parse/allow-list-sanitizer';
import type { SanitizerFrame, SanitizerHooks } from '../../../src/main/import/parse/allow-list-sanitizer';
import { DROPPED_WITH_CONTENT } from '../../../src/main/import/parse/sanitize';
import { ARTICLE_ATTRIBUTES, ARTICLE_CLASSES, ARTICLE_TAGS } from '../../../src/shared/article-html';
import { fixture } from './fixture-files';

/** The tags the importer drops with their content. */
const DROPPED = [...DROPPED_WITH_CONTENT];

/** Hooks that exercise every path: attributes rewritten, elements doomed, removed at close, text filtered. */
function hooks(): SanitizerHooks & { doomed: WeakSet<object> } {
  const doomed = new WeakSet<object>();
  let inside = 0;
  let depth = 0;
  return {
    doomed,
    onOpenTag(_name, attribs) {
      depth++;
      if (inside === 0 && attribs['class']?.includes('chrome')) inside = depth;
    },
    onCloseTag() {
      if (inside === depth) inside = 0;
      depth--;
    },
    transform(name, attribs) {
      if (inside > 0) {
        const marker = {};
        doomed.add(marker);
        return marker;
      }
      if (name === 'img') return { alt: attribs['alt'] ?? '', 'data-folio-ref': '0', title: attribs['title'] ?? '' };
      return attribs;
    },
    textFilter: (escaped) => (inside > 0 ? '' : escaped),
    isRemoved(frame: SanitizerFrame) {
      if (this.doomed.has(frame.attribs)) return true;
      if (frame.mediaChildren === 0 && frame.shortText !== null && /^\S{1,200}\.(?:jpe?g|png)$/i.test(frame.shortText)) return true;
      return frame.tag === 'h1' && frame.text().replace(/\s+/g, ' ').trim() === 'Repeated title';
    },
  };
}

function ours(html: string | Element): string {
  return sanitizeWithAllowList(html, DROPPED_WITH_CONTENT, hooks());
}

/** sanitize-html with the options Folio gave it, and the same hooks. */
function reference(html: string): string {
  const h = hooks();
  const asFrame = (frame: IFrame): SanitizerFrame => {
    const collapsed = frame.text.replace(/\s+/g, ' ').trim();
    return {
      tag: frame.tag,
      attribs: frame.attribs,
      text: () => frame.text,
      shortText: collapsed.length <= SHORT_TEXT ? collapsed : null,
      mediaChildren: frame.mediaChildren.length,
    };
  };
  return sanitizeHtml(html, {
    allowedTags: [...ARTICLE_TAGS],
    allowedAttributes: {
      ...Object.fromEntries(Object.entries(ARTICLE_ATTRIBUTES).map(([tag, names]) => [tag, [...names]])),
      '*': ['class'],
    },
    allowedClasses: { '*': [...ARTICLE_CLASSES] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: {},
    allowProtocolRelative: false,
    nonTextTags: DROPPED,
    disallowedTagsMode: 'discard',
    parser: { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
    transformTags: { '*': (tagName, attribs) => ({ tagName, attribs: h.transform(tagName, attribs) }) },
    exclusiveFilter: (frame) => h.isRemoved(asFrame(frame)),
    textFilter: (text) => h.textFilter(text),
    onOpenTag: (name, attribs) => h.onOpenTag(name, attribs),
    onCloseTag: (name) => h.onCloseTag(name),
  });
}

const TRICKS = [
  '<a href="javascript:alert(1)">js</a><a href="JaVaScRiPt:alert(1)">js</a><a href=" java\tscript:alert(1)">tab</a>',
  '<a href="java<!-- -->script:alert(1)">comment</a><a href="//evil.example/x">relative</a><a href="\\\\evil.example">backslashes</a>',
  '<a href="https://ok.example/?a=1&amp;b=&quot;2&quot;" title="">link</a><a href="mailto:x@example.org">mail</a><a href="">empty</a>',
  '<img src=x onerror=alert(1)><img alt="" title="a &quot;b&quot; <c>">',
  '<div><noscript></div><img src=x onerror=alert(1)></noscript><p>after</p>',
  '<noscript><p>never closed<img src=x onerror=alert(1)>',
  '<p>a<noscript><noscript></noscript>b</noscript>c</p>',
  '<svg><textarea><img src=x onerror=alert(1)></textarea></svg><xmp><img src=x onerror=alert(1)></xmp>',
  '<textarea>&lt;script&gt;</textarea><option>&lt;script&gt;alert(1)&lt;/script&gt;</option>',
  '<iframe><img src=x onerror=alert(1)></iframe><iframe src="https://x.example">fallback <b>bold</b>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math><svg><animate attributeName="href" values="javascript:alert(1)"/></svg>',
  '<p style="x" onclick="alert(1)" class="folio-credit other">credit</p><span class="  folio-credit ">s</span><p class="">e</p>',
  '<td colspan="2" rowspan="">cell</td><ol start="3" reversed><li>x</li></ol><time datetime="2020">t</time>',
  '<h1>Repeated title</h1><h1><img alt="a">Repeated title</h1><h2>photo.jpg</h2><p>  photo.JPG \n</p>',
  `<p>${'long text '.repeat(40)}photo.jpg</p><figcaption><a>IMG_1.png</a></figcaption>`,
  '<div class="chrome"><p>share</p><img src="a.png"><div><p>deep</p></div></div><p>kept &amp; &lt;escaped&gt; "q"</p>',
  '<p>unclosed <b>bold <i>both</p> text</b> tail',
  '<table><tr><td>1<td>2</table></div></span><p>stray closes</p>',
  '<P CLASS="folio-credit" TITLE="x">UPPER</P><BR/><HR><COL SPAN=2>',
  '<a href="https://ok.example" bad"name="1" =x>attr names</a><p \x00="1">nul</p>',
  'text before any tag & < > " \' <br> after',
  '<![CDATA[<img src=x onerror=alert(1)>]]><?xml version="1.0"?><!DOCTYPE html><!-- <script>alert(1)</script> -->',
  '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert(1)"><link rel=import href=x>',
  '<form><input value="<script>"><button formaction="javascript:alert(1)">b</button></form><select><option>o</select>',
];

describe('the allow-list sanitiser', () => {
  it('writes what sanitize-html wrote, byte for byte, for markup attacks', () => {
    for (const html of TRICKS) expect(ours(html), html).toBe(reference(html));
  });

  it('writes what sanitize-html wrote for the hostile fixture and the saved-page fixtures', () => {
    for (const name of ['hostile/xss-vectors.txt', 'html-page/river-cleanup.html']) {
      const html = fs.readFileSync(fixture(name), 'utf8');
      expect(ours(html), name).toBe(reference(html));
    }
  });

  it('writes what sanitize-html wrote for whole saved pages of every realistic site template', () => {
    const pages = sampleArticles(
      'realistic',
      1,
      Array.from({ length: 40 }, (_, i) => i * 97 + 3),
    ).articles;
    expect(pages.length).toBe(40);
    for (const page of pages) expect(ours(page.content), page.path).toBe(reference(page.content));
  });

  it('gives for an element of a parsed page what it gives for that element serialised, without serialising it', () => {
    const pages = sampleArticles(
      'realistic',
      1,
      Array.from({ length: 30 }, (_, i) => i * 89 + 5),
    ).articles.map((a) => a.content);
    const hostile = fs.readFileSync(fixture('hostile/xss-vectors.txt'), 'utf8');
    let compared = 0;
    for (const page of [...pages, `<html><body>${TRICKS.join('\n')}${hostile}</body></html>`]) {
      const document = parseDocument(page, { decodeEntities: true, lowerCaseTags: true });
      for (const element of findAll((el) => ['article', 'main', 'body'].includes(el.name), document.children)) {
        expect(ours(element), element.name).toBe(ours(render(element, { encodeEntities: 'utf8' })));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(30);
  });

  it('leaves nothing that can run: no script, handler, javascript: link, frame or style survives', () => {
    const html = [...TRICKS, fs.readFileSync(fixture('hostile/xss-vectors.txt'), 'utf8')].join('\n');
    const tags = new Set<string>();
    const attributes: string[] = [];
    const parser = new Parser({
      onopentag(name, attribs) {
        tags.add(name);
        for (const [attribute, value] of Object.entries(attribs)) attributes.push(`${attribute}=${value}`);
      },
    });
    parser.write(ours(html));
    parser.end();
    const allowed = new Set<string>(ARTICLE_TAGS);
    expect([...tags].filter((tag) => !allowed.has(tag))).toEqual([]);
    expect(attributes.filter((a) => /^on|^style=|^src=|javascript:|^href=(?!https?:|mailto:)/i.test(a))).toEqual([]);
  });
});
