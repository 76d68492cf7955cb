import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import render from 'dom-serializer';
import { parseDocument } from 'htmlparser2';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { highlightHtml } from '../../../src/main/search/highlight-html';
import type { TextPattern } from '../../../src/main/search/match-text';
import { normalize } from '../../../src/main/search/normalize';

const pattern = (text: string, prefix = false): TextPattern => ({ text: normalize(text), prefix });
const MARK = /<mark class="folio-hit" data-hit="(\d+)">(.*?)<\/mark>/g;

/** [hit number, marked text] for every <mark> in order. */
function marks(html: string): [number, string][] {
  return [...html.matchAll(MARK)].map((m) => [Number(m[1]), m[2] as string]);
}

/** The html with the marks taken out again. */
function unmarked(html: string): string {
  return html.replace(MARK, '$2');
}

describe('highlightHtml', () => {
  it('wraps each match in a numbered mark and counts them', () => {
    const { html, count } = highlightHtml('<p>The fox and the other fox.</p>', [pattern('fox')]);
    expect(html).toBe(
      '<p>The <mark class="folio-hit" data-hit="0">fox</mark> and the other <mark class="folio-hit" data-hit="1">fox</mark>.</p>',
    );
    expect(count).toBe(2);
  });

  it('splits a match across inline elements into pieces with one hit number', () => {
    const { html, count } = highlightHtml('<p>Zu<strong>rich</strong> is in Zürich</p>', [pattern('zurich')]);
    expect(count).toBe(2);
    expect(marks(html)).toEqual([
      [0, 'Zu'],
      [0, 'rich'],
      [1, 'Zürich'],
    ]);
    expect(html).toContain('<strong><mark class="folio-hit" data-hit="0">rich</mark></strong>');
  });

  it('does not run a word on from one paragraph into the next', () => {
    const { count } = highlightHtml('<p>Zu</p><p>rich</p><div>fox</div>dog', [pattern('zurich'), pattern('foxdog')]);
    expect(count).toBe(0);
    expect(highlightHtml('<p>end of</p><p>fox</p>', [pattern('fox')]).count).toBe(1);
  });

  it('leaves attribute values alone', () => {
    const input = '<p title="fox"><a href="https://fox.example/fox">a fox</a><img alt="fox" src="fox.png"></p>';
    const { html, count } = highlightHtml(input, [pattern('fox')]);
    expect(count).toBe(1);
    expect(html).toBe(
      '<p title="fox"><a href="https://fox.example/fox">a <mark class="folio-hit" data-hit="0">fox</mark></a><img alt="fox" src="fox.png"></p>',
    );
  });

  it('keeps text escaped: entities stay entities, never markup', () => {
    const input = '<p>5 &lt; 6 &amp;&amp; &lt;script&gt;fox&lt;/script&gt; AT&amp;T</p>';
    const { html, count } = highlightHtml(input, [pattern('fox'), pattern('script')]);
    expect(count).toBe(3);
    expect(html).toBe(
      '<p>5 &lt; 6 &amp;&amp; &lt;<mark class="folio-hit" data-hit="0">script</mark>&gt;<mark class="folio-hit" data-hit="1">fox</mark>&lt;/<mark class="folio-hit" data-hit="2">script</mark>&gt; AT&amp;T</p>',
    );
    expect(html).not.toContain('<script');
  });

  it('matches text that entities spell out', () => {
    const { html, count } = highlightHtml('<p>Z&uuml;rich and caf&#xe9;</p>', [pattern('zurich'), pattern('cafe')]);
    expect(count).toBe(2);
    expect(marks(html)).toEqual([
      [0, 'Zürich'],
      [1, 'café'],
    ]);
  });

  it('leaves the html unchanged when nothing matches or there is no pattern', () => {
    const input = '<p>No match here &amp; nothing else.</p>';
    expect(highlightHtml(input, [pattern('fox')])).toEqual({ html: input, count: 0 });
    expect(highlightHtml(input, [])).toEqual({ html: input, count: 0 });
  });

  it('gives Traditional text marks for a Simplified query', () => {
    const { html, count } = highlightHtml('<p>習<em>近平</em>出席書展</p>', [pattern('习近平'), pattern('书展')]);
    expect(count).toBe(2);
    expect(marks(html)).toEqual([
      [0, '習'],
      [0, '近平'],
      [1, '書展'],
    ]);
  });

  describe('on a saved article', () => {
    let dir: string;
    let article: string;

    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-highlight-'));
      const file = path.join(dir, 'article.txt');
      fs.copyFileSync(path.join(import.meta.dirname, '../../fixtures/feed-capture/000_d6c3dc65d2877456.txt'), file);
      // A feed capture: a timestamp comment, a Markdown title line, a rule, then the article's HTML.
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      article = lines.slice(lines.indexOf('------') + 1).join('\n');
    });

    afterEach(() => {
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('marks every occurrence and changes nothing else', () => {
      const { html, count } = highlightHtml(article, [pattern('習近平'), pattern('普京')]);
      const expected = article.split('习近平').length - 1 + (article.split('普京').length - 1);
      expect(count).toBe(expected);
      expect(count).toBeGreaterThan(20);
      const found = marks(html);
      expect(new Set(found.map(([, text]) => text))).toEqual(new Set(['习近平', '普京']));
      expect(found.map(([n]) => n)).toEqual([...Array(count).keys()]);
      expect(unmarked(html)).toBe(render(parseDocument(article), { encodeEntities: 'utf8' }));
    });
  });
});
