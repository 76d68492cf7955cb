// Metadata a saved web page carries about itself: Open Graph and article meta
// tags, the canonical link, <time datetime> and JSON-LD.
import type { Document, Element } from 'domhandler';
import { findAll, findOne, getAttributeValue, textContent } from 'domutils';
import { parseDateValue } from './dates';
import type { SourceDate } from './dates';
import { collapseWhitespace } from './html-text';

export interface PageMeta {
  title: string | null;
  url: string | null;
  date: SourceDate | null;
  author: string | null;
  /** The site's own name (og:site_name, application-name). */
  siteName: string | null;
}

const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'date',
  'dc.date',
  'dcterms.created',
  'dc.date.issued',
];
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'byl'];
/** `Title | Site`: a pipe (or ::, ·) almost always introduces the site name. */
const PIPE_SUFFIX = /\s+(?:\||::|·)\s+([^|]{1,80})$/;
/** `Title - Site`: a dash may also be part of the title ("Biden - Xi meeting"), so it needs more evidence. */
const DASH_SUFFIX = /\s+[-–—]\s+([^-–—]{1,40})$/;

/** Meta tags by their lower-cased property/name/itemprop; the first one wins. */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of findAll((el) => el.name === 'meta', document)) {
    const key = meta.attribs['property'] ?? meta.attribs['name'] ?? meta.attribs['itemprop'];
    const content = meta.attribs['content']?.trim();
    if (key && content && !tags.has(key.toLowerCase())) tags.set(key.toLowerCase(), content);
  }
  return tags;
}

function firstOf(tags: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return null;
}

/** `Volunteers clear … | Example Daily` → `Volunteers clear …`; siteName (og:site_name) makes any separator certain. */
export function withoutSiteSuffix(title: string, siteName: string | null): string {
  if (siteName) {
    const site = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const stripped = title.replace(new RegExp(`\\s*(?:[|:·_-]|–|—)\\s*${site}\\s*$`, 'i'), '').trim();
    if (stripped && stripped !== title) return stripped;
  }
  const pipe = PIPE_SUFFIX.exec(title);
  if (pipe && pipe.index > 0) return title.slice(0, pipe.index).trim();
  const dash = DASH_SUFFIX.exec(title);
  // Only a suffix shorter than what it follows is taken for a site name.
  if (dash && dash.index > (dash[1] ?? '').length) return title.slice(0, dash.index).trim();
  return title;
}

function canonicalLink(document: Document): string | null {
  const link = findOne((el) => el.name === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(el.attribs['rel'] ?? ''), document.children);
  return link ? (getAttributeValue(link, 'href')?.trim() ?? null) : null;
}

interface LinkedData {
  date: unknown;
  author: string | null;
  headline: string | null;
}

function authorName(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return authorName(value[0]);
  if (value && typeof value === 'object' && 'name' in value) return authorName((value as { name: unknown }).name);
  return null;
}

/** The first JSON-LD object (depth-first through @graph and arrays) that has a publication date. */
function findArticleObject(value: unknown, depth = 0): Record<string, unknown> | null {
  if (depth > 5 || !value || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticleObject(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if ('datePublished' in record) return record;
  return findArticleObject(record['@graph'], depth + 1);
}

function linkedData(document: Document): LinkedData | null {
  const scripts = findAll((el) => el.name === 'script' && (el.attribs['type'] ?? '').toLowerCase() === 'application/ld+json', document);
  for (const script of scripts) {
    try {
      const article = findArticleObject(JSON.parse(textContent(script)));
      if (article) {
        const headline = typeof article['headline'] === 'string' ? collapseWhitespace(article['headline']) : null;
        return { date: article['datePublished'], author: authorName(article['author']), headline };
      }
    } catch {
      // Broken JSON-LD is common and harmless: the other sources still apply.
    }
  }
  return null;
}

function firstTimeDatetime(document: Document): SourceDate | null {
  const time = findOne((el: Element) => el.name === 'time' && Boolean(el.attribs['datetime']), document.children);
  return time ? parseDateValue(time.attribs['datetime']) : null;
}

function titleElementText(document: Document, siteName: string | null): string | null {
  const title = findOne((el) => el.name === 'title', document.children);
  const text = title ? collapseWhitespace(textContent(title)) : '';
  return text ? withoutSiteSuffix(text, siteName) : null;
}

function firstHeading(document: Document): string | null {
  const h1 = findOne((el) => el.name === 'h1', document.children);
  const text = h1 ? collapseWhitespace(textContent(h1)) : '';
  return text || null;
}

export function extractPageMeta(document: Document): PageMeta {
  const tags = metaTags(document);
  const ld = linkedData(document);
  const ogTitle = tags.get('og:title');
  const siteName = tags.get('og:site_name') ?? tags.get('application-name') ?? null;
  const title =
    (ogTitle ? collapseWhitespace(ogTitle) : null) ?? titleElementText(document, siteName) ?? ld?.headline ?? firstHeading(document);
  const author = firstOf(tags, AUTHOR_META);
  return {
    title: title || null,
    url: canonicalLink(document) ?? tags.get('og:url') ?? null,
    date: parseDateValue(firstOf(tags, DATE_META)) ?? firstTimeDatetime(document) ?? parseDateValue(ld?.date),
    author: (author && !/^https?:/i.test(author) ? author : null) ?? ld?.author ?? null,
    siteName,
  };
}
