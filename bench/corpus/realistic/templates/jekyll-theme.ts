// A Jekyll theme page (minima and its kin): seo-tag metadata, the site header
// with a burger-menu SVG, the post as <article class="post h-entry">, related
// posts, Disqus, and a footer of social icons.
import { dateLine, escapeHtml } from '../../layouts';
import { description, heavyExtra, inline, metaTags, plainTable, relatedList, renderBlocks, sized } from '../chrome';
import type { BlockMarkup, PageContext } from '../chrome';
import { escapeAttr, jsonBlob, minifiedScript, svgIcon } from '../markup';

function markup(ctx: PageContext): BlockMarkup {
  return {
    p: (t) => `<p>${inline(ctx.random, t, ctx.source.host)}</p>`,
    h2: (t) => `<h2 id="${ctx.random.hex(6)}">${escapeHtml(t)}</h2>`,
    quote: (t) => `<blockquote>\n  <p>${escapeHtml(t)}</p>\n</blockquote>`,
    list: (ordered, items) =>
      `<${ordered ? 'ol' : 'ul'}>\n${items.map((i) => `  <li>${escapeHtml(i)}</li>`).join('\n')}\n</${ordered ? 'ol' : 'ul'}>`,
    table: (rows) => plainTable(rows),
    figure: (p, caption) => `<p><img src="${p.src}" alt="${escapeAttr(p.alt)}" /><br />\n<em>${escapeHtml(caption)}</em></p>`,
    image: (p) => `<p><img src="${p.src}" alt="${escapeAttr(p.alt)}" /></p>`,
  };
}

export function jekyllThemePage(ctx: PageContext): string {
  const { random, source } = ctx;
  const social = ['github', 'rss', 'mastodon', 'telegram']
    .filter(() => random.chance(0.7))
    .map(
      (s) =>
        `<li>` +
        `<a href="https://${s}.example/${random.hex(6)}" ` +
        `title="${s}">${svgIcon(random, random.int(10, 40), ' class="svg-icon"')}<span class="username">${random.hex(6)}</span>` +
        `</a></li>`,
    )
    .join('');
  return [
    '<!DOCTYPE html>',
    `<html lang="${ctx.language === 'zh' ? 'zh' : 'en'}"><head>`,
    '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
    '<!-- Begin Jekyll SEO tag v2.8.0 -->',
    `<title>${escapeHtml(ctx.title)} | ${escapeHtml(source.name)}</title>`,
    '<meta name="generator" content="Jekyll v4.3.2" />',
    metaTags(ctx, description(ctx)),
    `<script type="application/ld+json">${jsonBlob(random, sized(ctx, 300, 900), ctx.title, ctx.url)}</script>`,
    '<!-- End Jekyll SEO tag -->',
    `<link rel="stylesheet" href="/assets/main.css">` +
      `<link type="application/atom+xml" rel="alternate" href="https://${source.host}/feed.xml" title="${escapeAttr(source.name)}" />`,
    `<script async src="https://www.googletagmanager.example/gtag/js?id=G-${random.hex(10)}"></script>` +
      `<script>${minifiedScript(random, sized(ctx, 200, 900))}</script>`,
    '</head><body>',
    `<header class="site-header" role="banner"><div class="wrapper">` +
      `<a class="site-title" rel="author" href="/">${escapeHtml(source.name)}</a>` +
      `<nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger" /><label for="nav-trigger">` +
      `<span class="menu-icon">${svgIcon(random, 12)}</span></label><div class="trigger"><a class="page-link" href="/about/">关于</a>` +
      `<a class="page-link" href="/archive/">归档</a><a class="page-link" href="/tags/">标签</a></div></nav></div></header>`,
    '<main class="page-content" aria-label="Content"><div class="wrapper">',
    '<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">',
    `<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">${escapeHtml(ctx.title)}</h1>` +
      `<p class="post-meta">` +
      `<time class="dt-published" datetime="${new Date(ctx.epochMs).toISOString()}" ` +
      `itemprop="datePublished">${dateLine(ctx.epochMs)}</time> • <span itemprop="author" ` +
      `itemscope itemtype="http://schema.org/Person">` +
      `<span class="p-author h-card" itemprop="name">${escapeHtml(ctx.author)}</span></span></p></header>`,
    `<div class="post-content e-content" itemprop="articleBody">\n${renderBlocks(ctx.blocks, markup(ctx))}\n</div>`,
    random.chance(0.6)
      ? `<div class="related"><h2>相关文章</h2><ul class="related-posts">${relatedList(ctx, random.int(3, 6), false)}</ul></div>`
      : '',
    `<div id="disqus_thread"></div>` +
      `<script>var disqus_config = function () { this.page.url = '${ctx.url}'; this.page.identifier = '${random.hex(12)}'; };` +
      `${minifiedScript(random, 300)}</script>`,
    `<a class="u-url" href="${escapeAttr(ctx.url)}" hidden></a></article>`,
    '</div></main>',
    `<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper">` +
      `<h2 class="footer-heading">${escapeHtml(source.name)}</h2><div class="footer-col-wrapper"><div class="footer-col footer-col-1">` +
      `<ul class="contact-list"><li class="p-name">${escapeHtml(source.name)}</li></ul></div><div class="footer-col footer-col-2">` +
      `<ul class="social-media-list">${social}</ul></div></div></div></footer>`,
    heavyExtra(ctx),
    '</body></html>',
    '',
  ].join('\n');
}
