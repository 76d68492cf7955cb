// A Medium story page: a huge inline stylesheet and the app's state blob in the
// head, atomic class names on every element, the author bar with avatar, clap
// and share icons, and "more from" recommendations under the story.
import { escapeHtml } from '../../layouts';
import type { Picture } from '../blocks';
import { description, heavyExtra, inline, isoDate, metaTags, otherPosts, plainTable, renderBlocks, sized } from '../chrome';
import type { BlockMarkup, PageContext } from '../chrome';
import { classSoup, escapeAttr, jsonBlob, minifiedScript, styleSheet, svgIcon } from '../markup';

function figure(ctx: PageContext, p: Picture, caption: string): string {
  const r = ctx.random;
  const sources = [640, 750, 1100, 1400].map((w) => `${p.src.replace(/fit:\d+/, `fit:${w}`)} ${w}w`).join(', ');
  const cap = caption ? `<figcaption class="${classSoup(r, '', 9)}" data-selectable-paragraph="">${escapeHtml(caption)}</figcaption>` : '';
  return (
    `<figure class="${classSoup(r, 'paragraph-image', 6)}"><div role="button" tabindex="0" class="${classSoup(r, '', 5)}">` +
    `<div class="${classSoup(r, '', 3)}"><picture>` +
    `<source srcSet="${sources}" sizes="(min-resolution: 4dppx) and (max-width: 700px) 50vw, 700px" type="image/webp">` +
    `<img alt="${escapeAttr(p.alt)}" class="${classSoup(r, '', 4)}" src="${p.src}" width="${p.width}" height="${p.height}" ` +
    `loading="lazy" role="presentation">` +
    `</picture></div></div>${cap}</figure>`
  );
}

function markup(ctx: PageContext): BlockMarkup {
  const r = ctx.random;
  const para = (t: string): string =>
    `<p id="${r.hex(4)}" class="${classSoup(r, 'pw-post-body-paragraph', 6)}" ` +
    `data-selectable-paragraph="">${inline(r, t, ctx.source.host)}</p>`;
  return {
    p: (t) => para(t),
    h2: (t) => `<h2 id="${r.hex(4)}" class="${classSoup(r, '', 10)}" data-selectable-paragraph="">${escapeHtml(t)}</h2>`,
    quote: (t) =>
      `<blockquote class="${classSoup(r, '', 5)}">` +
      `<p id="${r.hex(4)}" class="${classSoup(r, '', 10)}" data-selectable-paragraph="">${escapeHtml(t)}</p>` +
      `</blockquote>`,
    list: (ordered, items) =>
      `<${ordered ? 'ol' : 'ul'} class="">${items
        .map((i) => `<li id="${r.hex(4)}" class="${classSoup(r, '', 10)}" ` + `data-selectable-paragraph="">${escapeHtml(i)}</li>`)
        .join('')}</${ordered ? 'ol' : 'ul'}>`,
    table: (rows) => `<div class="${classSoup(r, '', 4)}">${plainTable(rows)}</div>`,
    figure: (p, caption) => figure(ctx, p, caption),
    image: (p) => figure(ctx, p, ''),
  };
}

export function mediumPage(ctx: PageContext): string {
  const { random, source } = ctx;
  const r = random;
  const readMinutes = Math.max(1, Math.round(ctx.blocks.length / 6));
  const more = otherPosts(ctx, random.int(2, 4))
    .map(
      (p) =>
        `<div class="${classSoup(r, '', 6)}"><a href="${p.href}"><h2 class="${classSoup(r, '', 10)}">${escapeHtml(p.title)}</h2>` +
        `</a><div class="${classSoup(r, '', 4)}">${svgIcon(r, 8)}<span>${p.day}</span></div></div>`,
    )
    .join('');
  return [
    '<!doctype html><html lang="en"><head><title>' + escapeHtml(ctx.title) + ` | by ${escapeHtml(ctx.author)} | Medium</title>`,
    metaTags(ctx, description(ctx)),
    `<style type="text/css" data-fela-rehydration="${random.int(400, 900)}" ` +
      `data-fela-type="STATIC">${styleSheet(random, sized(ctx, 400, 1800))}</style>`,
    `<script>window.__BUILD_ID__="main-${random.hex(12)}";window.__GRAPHQL_URI__="https://${source.host}/_/graphql"</script>`,
    '</head><body>',
    `<div id="root"><div class="${classSoup(r, '', 3)}"><div class="${classSoup(r, '', 4)}">`,
    `<div class="${classSoup(r, '', 6)}"><nav class="${classSoup(r, '', 5)}">` +
      `<a href="https://${source.host}/" aria-label="Homepage">${svgIcon(r, 16)}</a>` +
      `<div class="${classSoup(r, '', 4)}"><a href="https://${source.host}/search">${svgIcon(r, 12)}</a>` +
      `<a href="https://${source.host}/new-story">${svgIcon(r, 14)}<span>Write</span></a></div></nav></div>`,
    `<article><div class="l"><div class="l"><section><div><div class="${classSoup(r, '', 5)}">` +
      `<div class="${classSoup(r, 'ab ca', 2)}"><div class="${classSoup(r, '', 6)}">`,
    `<h1 id="${r.hex(4)}" class="${classSoup(r, 'pw-post-title', 14)}" data-testid="storyTitle">${escapeHtml(ctx.title)}</h1>`,
    `<div class="speechify-ignore ${classSoup(r, '', 4)}"><div class="${classSoup(r, '', 3)}">` +
      `<a href="https://${source.host}/@${r.hex(6)}" rel="noopener follow">` +
      `<img alt="${escapeAttr(ctx.author)}" class="${classSoup(r, '', 4)}" ` +
      `src="https://miro.medium.example/v2/resize:fill:88:88/${r.hex(20)}.jpeg" ` +
      `width="44" height="44" loading="lazy" data-testid="authorPhoto">` +
      `</a><span class="${classSoup(r, '', 4)}"><a href="https://${source.host}/@${r.hex(6)}">${escapeHtml(ctx.author)}</a></span>` +
      `<span>·</span><button class="${classSoup(r, '', 6)}">Follow</button></div><div class="${classSoup(r, '', 3)}">` +
      `<span data-testid="storyReadTime">${readMinutes} min read</span><span>·</span>` +
      `<span data-testid="storyPublishDate">${isoDate(ctx.epochMs).slice(0, 10)}</span>` +
      `</div></div>`,
    `<div class="${classSoup(r, '', 5)}"><div class="${classSoup(r, '', 3)}">` +
      `<button data-testid="headerClapButton" aria-label="clap">${svgIcon(r, 10)}</button>` +
      `<p class="${classSoup(r, '', 4)}"><span>${r.int(1, 9999)}</span></p>` +
      `</div><button aria-label="responses">${svgIcon(r, 8)}<span>${r.int(0, 99)}</span>` +
      `</button><button aria-label="Add to list">${svgIcon(r, 8)}</button><button aria-label="Listen">${svgIcon(r, 10)}</button>` +
      `<button aria-label="Share">${svgIcon(r, 10)}</button></div>`,
    renderBlocks(ctx.blocks, markup(ctx)),
    '</div></div></div></div></section></div></div></article>',
    `<div class="${classSoup(r, '', 5)}"><h2 class="${classSoup(r, '', 8)}">More from ${escapeHtml(ctx.author)}</h2>${more}</div>`,
    '</div></div></div>',
    `<script>window.__APOLLO_STATE__ = ${jsonBlob(random, sized(ctx, 400, 1800), ctx.title, ctx.url)}</script>`,
    `<script>${minifiedScript(random, sized(ctx, 500, 3000))}</script>`,
    ...Array.from(
      { length: random.int(2, 5) },
      (_, i) => `<script src="https://cdn.${source.host}/_/fp/gen-js/main-${i}.${r.hex(8)}.js" async></script>`,
    ),
    heavyExtra(ctx),
    '</body></html>',
    '',
  ].join('\n');
}
