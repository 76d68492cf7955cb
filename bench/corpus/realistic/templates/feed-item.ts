// A feed item's HTML as feed captures store it: no page chrome, but the markup
// of the site's editor — a date line, a lead image, figures, quotes, tables,
// lazy images.
import { dateLine, escapeHtml } from '../../layouts';
import { inline, plainTable, renderBlocks } from '../chrome';
import type { BlockMarkup, PageContext } from '../chrome';
import { LAZY_PLACEHOLDER, escapeAttr } from '../markup';

function markup(ctx: PageContext): BlockMarkup {
  const host = ctx.source.host;
  const img = (src: string, alt: string): string =>
    ctx.random.chance(0.3)
      ? `<img src="${LAZY_PLACEHOLDER}" data-src="${src}" class="lazyload" alt="${escapeAttr(alt)}">`
      : `<img src="${src}" alt="${escapeAttr(alt)}">`;
  return {
    p: (t) => `<p>${inline(ctx.random, t, host)}</p>`,
    h2: (t) => `<h3>${escapeHtml(t)}</h3>`,
    quote: (t) => `<blockquote><p>${escapeHtml(t)}</p></blockquote>`,
    list: (ordered, items) =>
      `<${ordered ? 'ol' : 'ul'}>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</${ordered ? 'ol' : 'ul'}>`,
    table: (rows) => plainTable(rows),
    figure: (p, caption) => `<figure>${img(p.src, p.alt)}<figcaption>${escapeHtml(caption)}</figcaption></figure>`,
    image: (p) => img(p.src, p.alt),
  };
}

export function feedItemHtml(ctx: PageContext): string {
  const { random, source } = ctx;
  const lead = random.chance(0.6) ? `<img src="https://img.${source.host}/media/${random.hex(12)}.jpg">` : '';
  return `<div>${dateLine(ctx.epochMs)}</div>${lead}<div>\n${renderBlocks(ctx.blocks, markup(ctx))}\n</div>`;
}
