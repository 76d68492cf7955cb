// A WeChat official-account article saved whole: no <article> or <main>, every
// paragraph and span carrying the editor's inline styles, lazy images with the
// real address in data-src, the account card, a QR code, and large scripts.
// Importers fall back to their general-purpose extractor for pages like this.
import { escapeHtml } from '../../layouts';
import type { Picture } from '../blocks';
import { description, heavyExtra, inline, metaTags, plainTable, renderBlocks, sized } from '../chrome';
import type { BlockMarkup, PageContext } from '../chrome';
import { LAZY_PLACEHOLDER, escapeAttr, inlineStyle, minifiedScript, styleSheet, svgIcon } from '../markup';

function img(ctx: PageContext, p: Picture): string {
  const r = ctx.random;
  return (
    `<img class="rich_pages wxw-img" data-ratio="${(p.height / p.width).toFixed(4)}" data-s="300,640" data-src="${p.src}" ` +
    `data-type="jpeg" data-w="${p.width}" style="${inlineStyle(r)}" src="${LAZY_PLACEHOLDER}" alt="${escapeAttr(p.alt)}">`
  );
}

function markup(ctx: PageContext): BlockMarkup {
  const r = ctx.random;
  const styled = (t: string): string =>
    `<section style="${inlineStyle(r)}"><span style="${inlineStyle(r)}">${escapeHtml(t)}</span></section>`;
  return {
    p: (t) =>
      r.chance(0.5)
        ? `<p style="${inlineStyle(r)}"><span style="${inlineStyle(r)}">${inline(r, t, ctx.source.host)}</span></p>`
        : `<p style="${inlineStyle(r)}">${inline(r, t, ctx.source.host)}</p>`,
    h2: (t) => `<h2 style="${inlineStyle(r)}"><strong><span style="${inlineStyle(r)}">${escapeHtml(t)}</span></strong></h2>`,
    quote: (t) => `<blockquote style="${inlineStyle(r)}">${styled(t)}</blockquote>`,
    list: (ordered, items) =>
      `<${ordered ? 'ol' : 'ul'} class="list-paddingleft-1">${items.map((i) => `<li>${styled(i)}</li>`).join('')}` +
      `</${ordered ? 'ol' : 'ul'}>`,
    table: (rows) => `<section style="${inlineStyle(r)}">${plainTable(rows)}</section>`,
    figure: (p, caption) =>
      `<section style="${inlineStyle(r)}">${img(ctx, p)}</section><p style="${inlineStyle(r)}">` +
      `<span style="${inlineStyle(r)}">${escapeHtml(caption)}</span></p>`,
    image: (p) => `<p style="${inlineStyle(r)}">${img(ctx, p)}</p>`,
  };
}

export function wechatPage(ctx: PageContext): string {
  const { random, source } = ctx;
  const account = escapeHtml(source.name);
  return [
    '<!DOCTYPE html><html><head>',
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="referrer" content="no-referrer">',
    metaTags(ctx, description(ctx)),
    `<title>${escapeHtml(ctx.title)}</title>`,
    `<style>${styleSheet(random, sized(ctx, 400, 1800))}</style>`,
    `<script>var biz = "${random.hex(16)}"; var sn = "${random.hex(32)}"; var msg_title = '${escapeAttr(ctx.title)}';` +
      `${minifiedScript(random, sized(ctx, 400, 1500))}</script>`,
    '</head><body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg">',
    '<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">' +
      '<div class="rich_media_area_primary_inner"><div id="img-content" class="rich_media_wrp">',
    `<h1 class="rich_media_title" id="activity-name">${escapeHtml(ctx.title)}</h1>`,
    `<div id="meta_content" class="rich_media_meta_list">` +
      `<span class="rich_media_meta rich_media_meta_text">${escapeHtml(ctx.author)}</span>` +
      `<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">${account}</a>` +
      `</span><em id="publish_time" class="rich_media_meta rich_media_meta_text">${new Date(ctx.epochMs).toISOString().slice(0, 10)}</em>` +
      `</div>`,
    `<div class="rich_media_content js_underline_content" id="js_content">\n${renderBlocks(ctx.blocks, markup(ctx))}\n</div>`,
    `<div class="rich_media_tool" id="js_toobar3">` +
      `<a class="media_tool_meta meta_primary" id="js_view_source" href="${escapeAttr(ctx.url)}">阅读原文</a>` +
      `<span class="media_tool_meta">${svgIcon(random, 12)}<span id="js_read_area3">阅读 ${random.int(100, 100000)}</span></span>` +
      `<span class="media_tool_meta">${svgIcon(random, 10)}<span>赞</span></span>` +
      `<span class="media_tool_meta">${svgIcon(random, 10)}<span>在看</span>` +
      `</span></div>`,
    `<div class="qr_code_pc_outer"><div class="qr_code_pc">` +
      `<img class="qr_code_pc_img" src="https://mp.weixin.example/mp/qrcode?scene=10000004&amp;size=102&amp;__biz=${random.hex(16)}">` +
      `<p>微信扫一扫<br>关注该公众号</p></div></div>`,
    '</div></div></div></div></div>',
    ...Array.from({ length: random.int(1, 3) }, () => `<script>${minifiedScript(random, sized(ctx, 300, 1200))}</script>`),
    heavyExtra(ctx),
    '</body></html>',
    '',
  ].join('\n');
}
