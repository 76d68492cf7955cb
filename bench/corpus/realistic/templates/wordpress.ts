// A WordPress theme page: Yoast metadata, the emoji script and block-library
// styles in the head; masthead, menu, the post inside <article>, share buttons,
// post navigation, the comment form, and a widget sidebar of recent posts and tags.
import { escapeHtml } from '../../layouts';
import { dateLine } from '../../layouts';
import type { Picture } from '../blocks';
import {
  categoryNames,
  description,
  heavyExtra,
  inline,
  isoDate,
  metaTags,
  navMenu,
  plainTable,
  relatedList,
  renderBlocks,
  shareButtons,
  sized,
} from '../chrome';
import type { BlockMarkup, PageContext } from '../chrome';
import { LAZY_PLACEHOLDER, escapeAttr, jsonBlob, minifiedScript, styleSheet, svgIcon } from '../markup';

function img(ctx: PageContext, p: Picture, cls: string): string {
  const size = `width="${p.width}" height="${p.height}"`;
  const srcset =
    `srcset="${p.src} ${p.width}w, ${p.src.replace(/(\.\w+)$/, '-300x200$1')} 300w" ` +
    `sizes="(max-width: ${p.width}px) 100vw, ${p.width}px"`;
  return ctx.random.chance(0.5)
    ? `<img decoding="async" loading="lazy" ${size} src="${p.src}" alt="${escapeAttr(p.alt)}" class="${cls}" ${srcset}>`
    : `<img decoding="async" ${size} src="${LAZY_PLACEHOLDER}" data-lazy-src="${p.src}" alt="${escapeAttr(p.alt)}" ` +
        `class="${cls} lazyload">` +
        `<noscript><img src="${p.src}" alt=""></noscript>`;
}

function markup(ctx: PageContext): BlockMarkup {
  const host = ctx.source.host;
  return {
    p: (t) => `<p>${inline(ctx.random, t, host)}</p>`,
    h2: (t) => `<h2 class="wp-block-heading">${escapeHtml(t)}</h2>`,
    quote: (t) => `<blockquote class="wp-block-quote"><p>${escapeHtml(t)}</p></blockquote>`,
    list: (ordered, items) =>
      `<${ordered ? 'ol' : 'ul'} class="wp-block-list">${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}` +
      `</${ordered ? 'ol' : 'ul'}>`,
    table: (rows) => `<figure class="wp-block-table">${plainTable(rows, ' class="has-fixed-layout"')}</figure>`,
    figure: (p, caption) =>
      `<figure class="wp-block-image size-large">${img(ctx, p, `wp-image-${ctx.random.int(1000, 99999)}`)}` +
      `<figcaption class="wp-element-caption">${escapeHtml(caption)}</figcaption>` +
      `</figure>`,
    image: (p) => `<p>${img(ctx, p, `aligncenter size-full wp-image-${ctx.random.int(1000, 99999)}`)}</p>`,
  };
}

export function wordpressPage(ctx: PageContext): string {
  const { random, source } = ctx;
  const postId = random.int(1000, 99999);
  const cats = categoryNames(ctx, random.int(1, 3));
  const tags = categoryNames(ctx, random.int(0, 6));
  const categoryClasses = cats.map((c, i) => `category-${i}-${encodeURIComponent(c).slice(0, 12)}`).join(' ');
  const head = [
    '<!DOCTYPE html>',
    `<html lang="${ctx.language === 'zh' ? 'zh-CN' : 'en-US'}">`,
    '<head>',
    metaTags(ctx, description(ctx)),
    `<title>${escapeHtml(ctx.title)} – ${escapeHtml(source.name)}</title>`,
    `<script type="application/ld+json" class="yoast-schema-graph">${jsonBlob(random, sized(ctx, 400, 1000), ctx.title, ctx.url)}</script>`,
    `<link rel="alternate" type="application/rss+xml" title="${escapeAttr(source.name)} » Feed" href="https://${source.host}/feed/">`,
    `<script>window._wpemojiSettings = ${jsonBlob(random, 150, ctx.title, ctx.url)};` +
      `${minifiedScript(random, sized(ctx, 200, 800))}</script>`,
    ...Array.from(
      { length: random.int(2, 6) },
      (_, i) =>
        `<link rel="stylesheet" id="style-${i}-css" ` +
        `href="https://${source.host}/wp-content/plugins/p${i}/style.min.css?ver=6.${random.int(0, 9)}" ` +
        `media="all">`,
    ),
    `<style id="global-styles-inline-css">${styleSheet(random, sized(ctx, 300, 1500))}</style>`,
    `<script src="https://${source.host}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>`,
    '</head>',
  ].join('\n');
  const body = [
    `<body class="post-template-default single single-post postid-${postId} single-format-standard wp-custom-logo">`,
    '<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">跳至内容</a>',
    `<header id="masthead" class="site-header"><div class="site-branding">` +
      `<a href="https://${source.host}/" class="custom-logo-link" rel="home">` +
      `<img width="250" height="60" src="https://${source.host}/wp-content/uploads/logo.png" class="custom-logo" ` +
      `alt="${escapeAttr(source.name)}" decoding="async">` +
      `</a><p class="site-title"><a href="https://${source.host}/" rel="home">${escapeHtml(source.name)}</a></p></div>`,
    `<nav id="site-navigation" class="main-navigation">` +
      `<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">${svgIcon(random, 6)}菜单</button>` +
      `<div class="menu-main-container">` +
      `<ul id="primary-menu" ` +
      `class="menu">${navMenu(ctx, random.int(4, 9), 'menu-item menu-item-type-taxonomy menu-item-object-category')}</ul>` +
      `</div></nav></header>`,
    '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">',
    `<article id="post-${postId}" ` +
      `class="post-${postId} post type-post status-publish format-standard has-post-thumbnail hentry ${categoryClasses}">`,
    `<header class="entry-header"><h1 class="entry-title">${escapeHtml(ctx.title)}</h1><div class="entry-meta">` +
      `<span class="posted-on"><a href="${escapeAttr(ctx.url)}" rel="bookmark">` +
      `<time class="entry-date published" datetime="${isoDate(ctx.epochMs)}">${dateLine(ctx.epochMs)}</time>` +
      `</a></span>` +
      `<span class="byline"> <span class="author vcard">` +
      `<a class="url fn n" href="https://${source.host}/author/${random.hex(6)}/">${escapeHtml(ctx.author)}</a>` +
      `</span></span></div></header>`,
    `<div class="entry-content">\n${renderBlocks(ctx.blocks, markup(ctx))}\n</div>`,
    `<footer class="entry-footer">` +
      `<span class="cat-links">${cats
        .map((c) => `<a href="https://${source.host}/category/${encodeURIComponent(c)}/" ` + `rel="category tag">${escapeHtml(c)}</a>`)
        .join(', ')}</span>` +
      `<span class="tags-links">${tags
        .map((t) => `<a href="https://${source.host}/tag/${encodeURIComponent(t)}/" ` + `rel="tag">${escapeHtml(t)}</a>`)
        .join('')}</span>` +
      `</footer>`,
    random.chance(0.3)
      ? ''
      : `<div class="sharedaddy sd-sharing-enabled"><div class="sd-block sd-social sd-sharing">` +
        `<h3 class="sd-title">分享此文：</h3>` +
        `<div class="sd-content">${shareButtons(ctx, 'share-list', (t) => `share-${t}`)}</div></div>` +
        `</div>`,
    '</article>',
    `<nav class="navigation post-navigation" aria-label="文章"><div class="nav-links">${relatedList(ctx, 2, false)}</div></nav>`,
    random.chance(0.5)
      ? ''
      : `<div id="comments" class="comments-area"><div id="respond" class="comment-respond">` +
        `<h3 id="reply-title" class="comment-reply-title">发表回复</h3>` +
        `<form action="https://${source.host}/wp-comments-post.php" method="post" id="commentform" class="comment-form">` +
        `<p class="comment-form-comment"><label for="comment">评论</label>` +
        `<textarea id="comment" name="comment" cols="45" rows="8" required>` +
        `</textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="发表评论">` +
        `<input type="hidden" name="comment_post_ID" value="${postId}"></p></form></div></div>`,
    '</main></div>',
    `<aside id="secondary" class="widget-area"><section id="search-2" class="widget widget_search">` +
      `<form role="search" method="get" class="search-form" action="https://${source.host}/">` +
      `<input type="search" class="search-field" placeholder="搜索…" name="s">` +
      `</form></section>`,
    `<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2>` +
      `<ul>${relatedList(ctx, random.int(3, 6), random.chance(0.4))}</ul></section>`,
    `<section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">标签</h2><div class="tagcloud">${categoryNames(
      ctx,
      random.int(2, 10),
    )
      .map(
        (t, i) =>
          `<a href="https://${source.host}/tag/${encodeURIComponent(t)}/" class="tag-cloud-link tag-link-${i}" ` +
          `style="font-size: ${random.int(8, 22)}pt;">${escapeHtml(t)}</a>`,
      )
      .join('\n')}</div></section></aside>`,
    `</div><footer id="colophon" class="site-footer">` +
      `<div class="site-info">© ${new Date(ctx.epochMs).getUTCFullYear()} ${escapeHtml(source.name)} · Powered by WordPress</div>` +
      `</footer></div>`,
    ...Array.from({ length: random.int(1, 3) }, () => `<script>${minifiedScript(random, sized(ctx, 100, 800))}</script>`),
    heavyExtra(ctx),
    '</body></html>',
  ].join('\n');
  return `${head}\n${body}\n`;
}
