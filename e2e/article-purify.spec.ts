// The renderer's second sanitising pass, in real Chromium with the real DOMPurify: its
// settings keep no more than the importer's allow-list (src/shared/article-html.ts), so a
// `background` attribute (which once reached the network with the CSP removed) is dropped.
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { ARTICLE_ATTRIBUTE_NAMES } from '../src/shared/article-html';
import { PURIFY_CONFIG } from '../src/renderer/src/reading/article-purify-config';

// Page globals; this spec compiles without DOM types.
interface Node {
  tagName: string;
  getAttributeNames(): string[];
}
interface PageGlobals {
  DOMPurify: { sanitize(html: string, config: object): string };
  document: { createElement(tag: string): { innerHTML: string; querySelectorAll(selector: string): ArrayLike<Node> } };
}

const HOSTILE = [
  '<table background="//tracker.example/bg.png"><tbody><tr>',
  '<td background="https://tracker.example/cell.png" colspan="2" style="color:red" bgcolor="red">cell</td>',
  '</tr></tbody></table>',
  '<p onclick="window.__pwned=1" align="center" dir="rtl">text</p>',
  '<img src="https://tracker.example/x.png" srcset="https://tracker.example/2x.png 2x" alt="photo" width="1">',
  '<a href="https://example.org/" target="_blank" ping="https://tracker.example/">link</a>',
  '<mark class="folio-hit" data-hit="3">hit</mark>',
].join('');

test('the renderer keeps only the importer’s allow-list: no background, style, handlers or srcset', async ({ page }) => {
  await page.addScriptTag({ path: resolve('node_modules/dompurify/dist/purify.min.js') });
  const attributes = await page.evaluate(
    ({ html, config }) => {
      const page = globalThis as unknown as PageGlobals;
      const holder = page.document.createElement('div');
      holder.innerHTML = page.DOMPurify.sanitize(html, { ...config, RETURN_DOM_FRAGMENT: false });
      return Array.from(holder.querySelectorAll('*')).flatMap((el) =>
        el.getAttributeNames().map((name) => `${el.tagName.toLowerCase()}[${name}]`),
      );
    },
    { html: HOSTILE, config: PURIFY_CONFIG },
  );
  expect(attributes.filter((a) => /background|style|onclick|srcset|bgcolor|ping|target/.test(a))).toEqual([]);
  const allowed = new Set([...ARTICLE_ATTRIBUTE_NAMES, 'class', ...(PURIFY_CONFIG.ADD_ATTR as string[])]);
  expect(attributes.filter((a) => !allowed.has(a.slice(a.indexOf('[') + 1, -1)))).toEqual([]);
  expect(attributes).toEqual(expect.arrayContaining(['td[colspan]', 'a[href]', 'img[alt]', 'mark[data-hit]']));
});
