// A page fragment from a Drupal news site, the way scrapers of such sites save
// their posts (no <html>, no <article>): the region with the "submitted" line,
// the lead image, the body field, AddToAny share icons, a related-articles
// block, and Drupal's settings script.
import { dateLine, escapeHtml } from '../../layouts';
import { heavyExtra, inline, navMenu, otherPosts, plainTable, renderBlocks, shareButtons, sized } from '../chrome';
import type { BlockMarkup, PageContext } from '../chrome';
import { escapeAttr, jsonBlob, minifiedScript } from '../markup';

function markup(ctx: PageContext): BlockMarkup {
  return {
    p: (t) => `   <p>${inline(ctx.random, t, ctx.source.host)}</p>`,
    h2: (t) => `   <h3>${escapeHtml(t)}</h3>`,
    quote: (t) => `   <blockquote><p>${escapeHtml(t)}</p></blockquote>`,
    list: (ordered, items) =>
      `   <${ordered ? 'ol' : 'ul'}>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</${ordered ? 'ol' : 'ul'}>`,
    table: (rows) => plainTable(rows, ' class="table"'),
    figure: (p, caption) =>
      `   <div class="media media-element-container">` +
      `<img class="media-element file-default" typeof="foaf:Image" src="${p.src}" width="${p.width}" height="${p.height}" ` +
      `alt="${escapeAttr(p.alt)}"/>` +
      `<p class="caption">${escapeHtml(caption)}</p></div>`,
    image: (p) => `   <p><img src="${p.src}" alt="${escapeAttr(p.alt)}"/></p>`,
  };
}

export function drupalFragment(ctx: PageContext): string {
  const { random, source } = ctx;
  const related = otherPosts(ctx, random.int(3, 8))
    .map(
      (p) =>
        `<div class="views-row"><span class="field-content"><a href="${p.href}">${escapeHtml(p.title)}</a></span>` +
        `<span class="date-display-single">${p.day}</span></div>`,
    )
    .join('\n');
  const lead = ctx.random.chance(0.7)
    ? `  <div class="field field-name-field-image">` +
      `<img alt="" height="164" ` +
      `src="https://images.${source.host}/styles/article_detail/public/${random.hex(12)}.jpg?itok=${random.hex(8)}" ` +
      `width="290"/>` +
      `<a href="https://www.${source.host}/photos/${random.int(1e6, 9e6)}">图片来源： ${escapeHtml(ctx.author)}</a></div>`
    : '';
  return [
    `<div id="navigation"><ul class="menu">${navMenu(ctx, random.int(3, 8), 'leaf')}</ul></div>`,
    '<section class="clearfix" id="content" role="main">',
    ' <div class="region region-content">',
    `  <div class="submitted">` +
      `<span content="${new Date(ctx.epochMs).toISOString()}" property="dc:date dc:created">在 ${dateLine(ctx.epochMs)} 提交</span>` +
      `</div>`,
    lead,
    `  <h1 class="page-title">${escapeHtml(ctx.title)}</h1>`,
    '  <div class="field field-name-body"><div class="field-item even" property="content:encoded">',
    renderBlocks(ctx.blocks, markup(ctx)),
    '  </div></div>',
    `  <div class="a2a_kit a2a_kit_size_32 share-buttons">${shareButtons(ctx, 'a2a-list', (t) => `a2a_button_${t}`)}` +
      `<script>${minifiedScript(random, sized(ctx, 150, 600))}</script>` +
      `</div>`,
    ' </div>',
    '</section>',
    `<div class="region region-sidebar-second"><div class="block block-views" id="block-views-related-block">` +
      `<h2 class="block-title">相关文章</h2><div class="view-content">\n${related}\n</div></div></div>`,
    `<script>jQuery.extend(Drupal.settings, ${jsonBlob(random, sized(ctx, 300, 1200), ctx.title, ctx.url)});</script>`,
    heavyExtra(ctx),
    '<script src="/sites/all/modules/addtoany/addtoany.js"></script>',
    '',
  ].join('\n');
}
