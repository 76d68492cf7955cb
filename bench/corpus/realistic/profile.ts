// The realistic profile, shaped on a real archive of 5,685 posts (issue 16):
// mostly Jekyll posts that are whole saved pages — WordPress, Medium, a Jekyll
// theme, a Drupal fragment, WeChat — with feed captures beside them; text
// lengths log-normal around 3,460 characters with a long tail; Latin letters
// mixed into Chinese at p50 8 %, p90 27 %; a few wholly English sources.
import { captureOf, frontMatter } from '../layouts';
import type { ArticleMeta, Layout } from '../layouts';
import { TRADITIONAL_SHARE, logNormal } from '../profile';
import type { CorpusProfile } from '../profile';
import type { Random } from '../random';
import { REALISTIC_SOURCES, sourcesOf } from '../sources';
import type { SiteTemplate, Source } from '../sources';
import { writeArticleText } from '../text';
import type { ArticleText } from '../text';
import type { Language, Vocabulary } from '../vocabulary';
import { mapBlockText } from './blocks';
import type { Block } from './blocks';
import { bodyBlocks } from './body';
import type { PageContext } from './chrome';
import { latinShareTarget, mixLatin } from './latin';
import { drupalFragment } from './templates/drupal';
import { feedItemHtml } from './templates/feed-item';
import { jekyllThemePage } from './templates/jekyll-theme';
import { mediumPage } from './templates/medium';
import { wechatPage } from './templates/wechat';
import { wordpressPage } from './templates/wordpress';

const ENGLISH_SHARE = 0.06;
/** Chinese articles from feed folders; the rest are posts of Jekyll sites. */
const FEED_SHARE = 0.15;
/**
 * Median text length by kind of site: short news items on the Drupal news sites,
 * long reads on Medium and WeChat. Heavy templates carry long articles, which is
 * why real archives' markup per character of text stays within p90 10.6.
 */
const MEDIAN_CHARS: Record<SiteTemplate | 'feed', number> = {
  feed: 1800,
  drupal: 2300,
  'jekyll-theme': 2800,
  wordpress: 4000,
  wechat: 4200,
  medium: 4600,
};
const LENGTH_SIGMA = 0.88;
const MIN_CHARS = 150;
const MAX_CHARS = 68_000;
/** Latin fragments carry spaces and punctuation too: letters are about this share of what they add. */
const LETTERS_PER_FRAGMENT_CHAR = 0.8;

const TEMPLATES: Record<SiteTemplate, (ctx: PageContext) => string> = {
  wordpress: wordpressPage,
  medium: mediumPage,
  'jekyll-theme': jekyllThemePage,
  drupal: drupalFragment,
  wechat: wechatPage,
};

function pickSource(random: Random, language: Language): Source {
  const all = sourcesOf(language, REALISTIC_SOURCES);
  const kind = random.chance(FEED_SHARE) ? 'feed' : 'jekyll';
  const ofKind = all.filter((s) => s.kind === kind);
  return random.pick(ofKind.length > 0 ? ofKind : all);
}

function pickLayout(random: Random, source: Source): Layout {
  if (source.kind === 'feed') return 'feed-capture';
  const roll = random.next();
  return roll < 0.9 ? 'jekyll-page' : roll < 0.96 ? 'jekyll-feed' : 'jekyll-markdown';
}

function markdownOf(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'p':
          return b.text;
        case 'h2':
          return `## ${b.text}`;
        case 'quote':
          return `> ${b.text}`;
        case 'list':
          return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${item}`).join('\n');
        case 'table':
          return b.rows.map((r, i) => `| ${r.join(' | ')} |${i === 0 ? `\n|${r.map(() => ' --- |').join('')}` : ''}`).join('\n');
        case 'figure':
          return `![${b.picture.alt}](${b.picture.src})\n\n*${b.caption}*`;
        case 'image':
          return `![${b.picture.alt}](${b.picture.src})`;
      }
    })
    .join('\n\n');
}

export const REALISTIC_PROFILE: CorpusProfile = {
  name: 'realistic',
  version: 1,
  sources: REALISTIC_SOURCES,
  localImages: false,
  draw(random) {
    const language: Language = random.chance(ENGLISH_SHARE) ? 'en' : 'zh';
    const source = pickSource(random, language);
    const traditional = language === 'zh' && random.chance(TRADITIONAL_SHARE);
    return { language, source, traditional, layout: pickLayout(random, source) };
  },
  text(random, vocabulary, { language, source }, index, convert) {
    const target = logNormal(random, MEDIAN_CHARS[source.template ?? 'feed'], LENGTH_SIGMA, MIN_CHARS, MAX_CHARS);
    const share = language === 'zh' ? latinShareTarget(random) : 0;
    const base = writeArticleText(
      random,
      vocabulary,
      language,
      Math.max(MIN_CHARS, Math.round(target * (1 - share / LETTERS_PER_FRAGMENT_CHAR))),
      index,
    );
    const paragraphs = share > 0 ? mixLatin(random, vocabulary, base.paragraphs, share) : base.paragraphs;
    const blocks = bodyBlocks(random, vocabulary, language, paragraphs, 'news-media.example');
    const f = convert ?? ((s: string) => s);
    return {
      title: f(base.title),
      paragraphs: paragraphs.map(f),
      planted: base.planted,
      blocks: convert ? blocks.map((b) => mapBlockText(b, convert)) : blocks,
    };
  },
  render(random: Random, meta: ArticleMeta, text: ArticleText, vocabulary: Vocabulary, language: Language) {
    const blocks = text.blocks ?? text.paragraphs.map((p): Block => ({ kind: 'p', text: p }));
    const ctx: PageContext = {
      random,
      vocabulary,
      language,
      source: meta.source,
      title: text.title,
      url: meta.url,
      epochMs: meta.epochMs,
      author: meta.author,
      blocks,
    };
    switch (meta.layout) {
      case 'feed-capture':
        return captureOf(meta, text.title, feedItemHtml(ctx));
      case 'jekyll-feed':
        return frontMatter(meta, text) + captureOf(meta, text.title, feedItemHtml(ctx));
      case 'jekyll-markdown':
        return `${frontMatter(meta, text)}${markdownOf(blocks)}\n`;
      default:
        return frontMatter(meta, text) + TEMPLATES[meta.source.template ?? 'wordpress'](ctx);
    }
  },
};
