import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeArticleBody, decodeArticleText, encodeArticleBody } from '../../../src/main/store/article-body';
import type { ArticleBody } from '../../../src/main/store/article-body';
import { sampleArticles } from '../../../bench/corpus/generate';
import { parseArticleFile } from '../../../src/main/import/parse/parse-file';

/** A body as libraries stored it before texts could be UTF-16: both streams UTF-8, the head only a length. */
function storedTheOldWay(body: ArticleBody): Uint8Array {
  const text = Buffer.from(body.text, 'utf8');
  const textPart = deflateRawSync(text, { level: 4 });
  const htmlPart = deflateRawSync(Buffer.from(body.html, 'utf8'), {
    level: 4,
    dictionary: text.subarray(Math.max(0, text.length - 32 * 1024)),
  });
  const head = Buffer.alloc(4);
  head.writeUInt32LE(textPart.length, 0);
  return Buffer.concat([head, textPart, htmlPart]);
}

describe('stored article bodies', () => {
  const bodies = [
    { text: '普京在克里姆林宫会见习近平。', html: '<p>普京在克里姆林宫会见<strong>习近平</strong>。</p>' },
    { text: '', html: '<figure><img alt="only a picture" data-folio-ref="0"></figure>' },
    { text: 'Plain English, nothing else.', html: '<p>Plain English, nothing else.</p>' },
    // Every UTF-8 length: ASCII, accented Latin, CJK, and characters outside the BMP (surrogate pairs in the string).
    { text: 'Zürich 習近平 😀𠀋 end', html: '<p>Zürich 習近平 😀𠀋 end</p>' },
    // Longer than deflate's 32 KB window, so only the end of the text can be the HTML's dictionary.
    { text: '长城'.repeat(30_000), html: `<p>${'长城'.repeat(30_000)}</p>` },
  ];

  it('give back exactly the text and HTML that were stored', () => {
    for (const body of bodies) {
      const { bytes } = encodeArticleBody(body);
      expect(decodeArticleBody(bytes)).toEqual(body);
      expect(decodeArticleText(bytes)).toBe(body.text);
    }
  });

  it('read the bodies a library stored before, unchanged', () => {
    for (const body of bodies) {
      const bytes = storedTheOldWay(body);
      expect(decodeArticleBody(bytes)).toEqual(body);
      expect(decodeArticleText(bytes)).toBe(body.text);
    }
  });

  it('store the bodies of a realistic corpus in less room than UTF-8 took', () => {
    const { articles } = sampleArticles(
      'realistic',
      3,
      Array.from({ length: 60 }, (_, i) => i * 97 + 11),
    );
    let now = 0;
    let before = 0;
    for (const a of articles) {
      const parsed = parseArticleFile({ bytes: Buffer.from(a.content), path: `/archive/${a.path}`, root: '/archive', sitePlace: null });
      if (parsed.kind !== 'article') continue;
      const body = { text: parsed.article.text, html: parsed.article.html };
      now += encodeArticleBody(body).bytes.length;
      before += storedTheOldWay(body).length;
    }
    expect(before).toBeGreaterThan(100_000);
    expect(now).toBeLessThan(before);
  });

  it('store text mostly in Chinese as UTF-16, and text mostly in Latin letters as UTF-8', () => {
    const textIsUtf16 = (text: string): boolean => Buffer.from(encodeArticleBody({ text, html: '' }).bytes).readUInt32LE(0) >>> 31 === 1;
    expect(textIsUtf16('俄罗斯总统普京和中国国家主席习近平在克里姆林宫会谈，讨论能源与贸易 (Reuters)。')).toBe(true);
    expect(textIsUtf16('The two leaders met in the Kremlin to discuss energy and trade (普京, 习近平).')).toBe(false);
  });

  it('address the same content with the same hash, and other content with another', () => {
    const a = encodeArticleBody({ text: 'x', html: '<p>x</p>' });
    expect(encodeArticleBody({ text: 'x', html: '<p>x</p>' }).hash).toBe(a.hash);
    expect(encodeArticleBody({ text: 'x', html: '<p>y</p>' }).hash).not.toBe(a.hash);
    expect(encodeArticleBody({ text: 'x<p>', html: 'y</p>' }).hash).not.toBe(encodeArticleBody({ text: 'x', html: '<p>y</p>' }).hash);
  });

  it('store the HTML for little more than its markup, since it repeats the text', () => {
    const text = '俄罗斯总统普京和他的好朋友中国国家主席习近平计划在克里姆林宫举行晚宴后的更多会谈。'.repeat(8);
    const html = `<div><p><strong>${text}</strong></p></div>`;
    const both = encodeArticleBody({ text, html }).bytes.length;
    const textOnly = encodeArticleBody({ text, html: '' }).bytes.length;
    expect(both - textOnly).toBeLessThan(60);
  });
});
