// Pieces every site template is made of: the page context, blocks rendered in a
// template's markup, and the chrome around the body — related-post lists, tag
// clouds, share bars, navigation.
import { escapeHtml } from '../layouts';
import type { Random } from '../random';
import type { Source } from '../sources';
import { title as headline, word } from '../text';
import type { Language, Vocabulary } from '../vocabulary';
import { blockText } from './blocks';
import type { Block, Picture } from './blocks';
import { logNormal } from '../profile';
import { escapeAttr, jsonBlob, svgIcon } from './markup';

export interface PageContext {
  random: Random;
  vocabulary: Vocabulary;
  language: Language;
  source: Source;
  title: string;
  url: string;
  epochMs: number;
  author: string;
  blocks: Block[];
}

export interface BlockMarkup {
  p(text: string): string;
  h2(text: string): string;
  quote(text: string): string;
  list(ordered: boolean, items: string[]): string;
  table(rows: string[][]): string;
  figure(picture: Picture, caption: string): string;
  image(picture: Picture): string;
}

/** Escaped text with links and bold runs here and there (about one per 150 characters), as editors leave them. */
export function inline(random: Random, text: string, host: string): string {
  let out = '';
  let at = 0;
  while (text.length - at > 30 && random.chance(Math.min(0.9, (text.length - at) / 300))) {
    const a = random.int(at, text.length - 12);
    const b = Math.min(text.length, a + random.int(4, 16));
    const inner = escapeHtml(text.slice(a, b));
    const wrapped = random.chance(0.6)
      ? `<a href="https://${host}/${random.hex(6)}/${random.hex(10)}.html" target="_blank" rel="noopener">${inner}</a>`
      : `<strong>${inner}</strong>`;
    out += escapeHtml(text.slice(at, a)) + wrapped;
    at = b;
  }
  return out + escapeHtml(text.slice(at));
}

export function renderBlocks(blocks: readonly Block[], m: BlockMarkup): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'p':
          return m.p(b.text);
        case 'h2':
          return m.h2(b.text);
        case 'quote':
          return m.quote(b.text);
        case 'list':
          return m.list(b.ordered, b.items);
        case 'table':
          return m.table(b.rows);
        case 'figure':
          return m.figure(b.picture, b.caption);
        case 'image':
          return m.image(b.picture);
      }
    })
    .join('\n');
}

/** Plain `<table>` markup with a header row, shared by the templates that do not restyle tables. */
export function plainTable(rows: string[][], attrs = ''): string {
  const [head = [], ...body] = rows;
  const cells = (row: string[], tag: string): string => row.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('');
  return (
    `<table${attrs}><thead><tr>${cells(head, 'th')}</tr></thead><tbody>${body.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</tbody>` +
    `</table>`
  );
}

export const isoDate = (epochMs: number): string => new Date(epochMs).toISOString();
export const dayOf = (epochMs: number): string => new Date(epochMs).toISOString().slice(0, 10);

/** Titles, links and dates of other posts of the site, for sidebars and "related" boxes. */
export function otherPosts(ctx: PageContext, count: number): { title: string; href: string; day: string }[] {
  const { random } = ctx;
  return Array.from({ length: count }, () => {
    const epoch = ctx.epochMs - random.int(1, 400) * 86_400_000;
    return {
      title: headline(random, ctx.vocabulary, ctx.language),
      href: `https://${ctx.source.host}/${dayOf(epoch).replace(/-/g, '/')}/${random.hex(10)}/`,
      day: dayOf(epoch),
    };
  });
}

export function categoryNames(ctx: PageContext, count: number): string[] {
  return Array.from({ length: count }, () => word(ctx.random, ctx.vocabulary[ctx.language]));
}

const SHARE_TARGETS = ['facebook', 'telegram', 'weibo', 'wechat', 'whatsapp', 'linkedin', 'reddit', 'email', 'print', 'copy-link'];

/** A row of share buttons, each with an inline SVG icon. */
export function shareButtons(ctx: PageContext, listClass: string, itemClass: (target: string) => string): string {
  const { random } = ctx;
  const targets = SHARE_TARGETS.filter(() => random.chance(0.45));
  const items = targets.map(
    (t) =>
      `<li class="${itemClass(t)}">` +
      `<a rel="nofollow noopener noreferrer" href="https://${ctx.source.host}/share?to=${t}&amp;url=${encodeURIComponent(ctx.url)}" ` +
      `target="_blank" title="${t}">${svgIcon(random, random.int(3, 10))}<span class="screen-reader-text">${t}</span>` +
      `</a></li>`,
  );
  return `<ul class="${listClass}">${items.join('')}</ul>`;
}

export function navMenu(ctx: PageContext, count: number, linkClass: string): string {
  return categoryNames(ctx, count)
    .map(
      (name, i) =>
        `<li id="menu-item-${100 + i}" class="${linkClass}">` +
        `<a href="https://${ctx.source.host}/category/${encodeURIComponent(name)}/">${escapeHtml(name)}</a>` +
        `</li>`,
    )
    .join('');
}

export function relatedList(ctx: PageContext, count: number, withThumbs: boolean): string {
  return otherPosts(ctx, count)
    .map(
      (p) =>
        `<li class="related-post">${
          withThumbs
            ? `<a href="${p.href}" class="related-thumb">` +
              `<img loading="lazy" src="https://img.${ctx.source.host}/thumbs/${ctx.random.hex(12)}-150x150.jpg" ` +
              `width="150" height="150" alt="">` +
              `</a>`
            : ''
        }<a href="${p.href}" rel="bookmark">${escapeHtml(p.title)}</a><span class="post-date">${p.day}</span></li>`,
    )
    .join('');
}

export function metaTags(ctx: PageContext, description: string): string {
  const t = escapeAttr(ctx.title);
  const d = escapeAttr(description);
  return [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="description" content="${d}">`,
    `<meta property="og:title" content="${t}">`,
    `<meta property="og:description" content="${d}">`,
    `<meta property="og:url" content="${escapeAttr(ctx.url)}">`,
    `<meta property="og:site_name" content="${escapeAttr(ctx.source.name)}">`,
    '<meta property="og:type" content="article">',
    `<meta property="og:image" content="https://img.${ctx.source.host}/og/${ctx.random.hex(16)}.jpg">`,
    `<meta property="article:published_time" content="${isoDate(ctx.epochMs)}">`,
    '<meta name="twitter:card" content="summary_large_image">',
    `<meta name="twitter:title" content="${t}">`,
    `<link rel="canonical" href="${escapeAttr(ctx.url)}">`,
  ].join('\n');
}

/** The first sentence or so of the body, as sites put it in their description meta tags. */
export function description(ctx: PageContext): string {
  const first = ctx.blocks.find((b) => b.kind === 'p');
  return first && first.kind === 'p' ? first.text.slice(0, 110) : ctx.title;
}

/**
 * A size for a script, stylesheet or data blob, drawn in [min, max] and scaled
 * with the article's length: sites that publish short items run lighter pages,
 * which keeps real archives' markup per character of text within p90 10.6.
 */
export function sized(ctx: PageContext, min: number, max: number): number {
  const chars = ctx.blocks.reduce((n, b) => n + blockText(b).length, 0);
  return Math.round(ctx.random.int(min, max) * Math.min(1, Math.max(0.3, Math.sqrt(chars / 3000))));
}

/** Share of pages that carry one very large inline blob; real archives have a few pages of several hundred KB. */
const HEAVY_PAGE_SHARE = 0.04;

/**
 * Now and then a page inlines something huge — a framework's page data, a chart
 * drawn in SVG — which is what puts real archives' p99 file size far above their
 * p99 text length. Usually nothing.
 */
export function heavyExtra(ctx: PageContext): string {
  const { random } = ctx;
  if (!random.chance(HEAVY_PAGE_SHARE)) return '';
  const bytes = logNormal(random, 100_000, 0.7, 20_000, 600_000);
  if (random.chance(0.3)) return `<figure class="chart">${svgIcon(random, Math.round(bytes / 30))}</figure>`;
  return `<script id="__NEXT_DATA__" type="application/json">${jsonBlob(random, bytes, ctx.title, ctx.url)}</script>`;
}
