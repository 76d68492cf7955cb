// How an article is written to disk in each layout real archives use (see
// FORMATS.md): feed captures, and Jekyll posts whose body is a feed capture,
// raw page HTML with site clutter, or Markdown.
import type { Random } from './random';
import type { Source } from './sources';
import type { ArticleText } from './text';

/** jekyll-page: a whole saved page in one of the site templates of the realistic profile. */
export type Layout = 'feed-capture' | 'jekyll-feed' | 'jekyll-html' | 'jekyll-markdown' | 'jekyll-page';

export interface ArticleMeta {
  source: Source;
  layout: Layout;
  epochMs: number;
  url: string;
  /** Path of a local image relative to the article file, or null. */
  image: string | null;
  author: string;
}

export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const pad = (n: number): string => String(n).padStart(2, '0');

/** `dd/mm/yyyy - HH:MM`, the date line some feeds start their body with. */
export function dateLine(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} - ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

function imageFigure(meta: ArticleMeta, text: ArticleText): string {
  if (!meta.image) return '';
  return `<figure><img src="${meta.image}" alt="${escapeHtml(text.title.slice(0, 20))}"><figcaption>${escapeHtml(text.title.slice(0, 12))}</figcaption></figure>`;
}

function feedBody(random: Random, meta: ArticleMeta, text: ArticleText): string {
  const [lead = '', ...rest] = text.paragraphs;
  const paragraphs = rest.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  if (random.chance(0.5)) {
    const leadImage = random.chance(0.6) ? `<img src="https://img.${meta.source.host}/media/${random.hex(12)}.jpg">` : '';
    return `<div>${dateLine(meta.epochMs)}</div>${leadImage}<p><strong>${escapeHtml(lead)}</strong></p><div>${paragraphs}</div>`;
  }
  return `<div>\n<p>${escapeHtml(lead)}</p>${paragraphs}\n</div>`;
}

/** `<!--epochMs-->`, the Markdown link with title and URL, the rule, then the feed item's HTML. */
export function captureOf(meta: ArticleMeta, title: string, bodyHtml: string): string {
  return `<!--${meta.epochMs}-->\n[${title}](${meta.url})\n------\n\n${bodyHtml}\n`;
}

export function feedCapture(random: Random, meta: ArticleMeta, text: ArticleText): string {
  return captureOf(meta, text.title, feedBody(random, meta, text));
}

export function frontMatter(meta: ArticleMeta, text: ArticleText): string {
  const quoted = text.title.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return [
    '---',
    'layout: post',
    `title: "${quoted}"`,
    `date: ${new Date(meta.epochMs).toISOString()}`,
    `author: ${meta.author}`,
    `from: ${meta.url}`,
    `tags: [ ${meta.source.name} ]`,
    `categories: [ ${meta.source.name} ]`,
    '---',
    '',
  ].join('\n');
}

/** A saved page: the article inside the site's chrome, share buttons and scripts included. */
function pageHtml(meta: ArticleMeta, text: ArticleText): string {
  const title = escapeHtml(text.title);
  const body = text.paragraphs.map((p) => `   <p>${escapeHtml(p)}</p>`).join('\n');
  return [
    '<nav class="site-nav"><a href="/">首页</a> <a href="/archive/">归档</a> <a href="/about/">关于</a></nav>',
    '<section class="clearfix" id="content" role="main">',
    ' <div class="region region-content">',
    `  <div class="submitted"><span property="dc:date">${dateLine(meta.epochMs)} 提交</span></div>`,
    `  ${imageFigure(meta, text)}`,
    `  <h1 class="page-title">${title}</h1>`,
    '  <div class="field-item even" property="content:encoded">',
    body,
    '  </div>',
    '  <div class="share-buttons"><a href="https://share.example/?u=1">分享</a><script>trackShare()</script></div>',
    ' </div>',
    '</section>',
    '<script src="/assets/js/site.js"></script>',
    '',
  ].join('\n');
}

function markdown(meta: ArticleMeta, text: ArticleText): string {
  const image = meta.image ? `![${text.title.slice(0, 20)}](${meta.image})\n\n` : '';
  const [lead = '', ...rest] = text.paragraphs;
  return `${image}**${lead}**\n\n${rest.join('\n\n')}\n`;
}

export function jekyllPost(random: Random, meta: ArticleMeta, text: ArticleText): string {
  const head = frontMatter(meta, text);
  switch (meta.layout) {
    case 'jekyll-html':
      return head + pageHtml(meta, text);
    case 'jekyll-markdown':
      return head + markdown(meta, text);
    default:
      return head + feedCapture(random, meta, text);
  }
}

/** `2022-03-06-<slug>.md`: English titles in kebab case, Chinese titles as they are (as real archives do). */
export function postFileName(epochMs: number, title: string): string {
  const day = new Date(epochMs).toISOString().slice(0, 10);
  const slug = /[a-z]/i.test(title.slice(0, 3))
    ? title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .split('-')
        .filter(Boolean)
        .slice(0, 8)
        .join('-')
    : title.replace(/[\\/:*?"<>|\s：]+/g, '-').slice(0, 24);
  return `${day}-${slug || 'post'}.md`;
}

export interface SiteFile {
  path: string;
  content: string;
}

/** What a Jekyll site folder holds besides its posts: none of it is an article. */
export function siteClutter(source: Source, posts: { title: string; file: string }[]): SiteFile[] {
  const links = posts.map((p) => `- [${p.title}]({{ site.baseurl }}/${p.file.replace(/\.md$/, '.html')})`).join('\n');
  return [
    { path: '_config.yml', content: `title: ${source.name}\nurl: https://${source.host}\nmarkdown: kramdown\n` },
    {
      path: '_layouts/default.html',
      content: '<!DOCTYPE html>\n<html><head>{% include head.html %}</head><body>{{ content }}</body></html>\n',
    },
    { path: '_layouts/post.html', content: '---\nlayout: default\n---\n<article><h1>{{ page.title }}</h1>{{ content }}</article>\n' },
    { path: '_includes/head.html', content: '<meta charset="utf-8"><link rel="stylesheet" href="/assets/css/main.css">\n' },
    { path: 'assets/css/main.css', content: 'body { font-family: "Noto Sans CJK SC", sans-serif; max-width: 48rem; margin: auto; }\n' },
    { path: 'assets/js/site.js', content: 'function trackShare() { return false; }\n' },
    { path: 'README.md', content: `# ${source.name}\n\nArchive of ${source.host}, built with Jekyll.\n` },
    { path: 'about.md', content: '---\nlayout: page\ntitle: About\n---\nThis site mirrors a news feed.\n' },
    { path: 'index.md', content: `---\nlayout: default\ntitle: ${source.name}\n---\n${links}\n` },
    { path: '.git/HEAD', content: 'ref: refs/heads/master\n' },
  ];
}
