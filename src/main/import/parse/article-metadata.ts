// Each piece of metadata comes from the first source that has it, in the order
// FORMATS.md gives ("Metadata, in order of preference").
import path from 'node:path';
import { draftMarkup } from './article-draft';
import type { ArticleDraft } from './article-draft';
import { canonicalUrl, siteName } from './canonical-url';
import { dateFromBodyLine, dateFromFileName, dateFromPath, parseDateValue } from './dates';
import type { SourceDate } from './dates';
import { frontMatterText } from './front-matter';
import { collapseWhitespace, decodeEntities } from './html-text';
import { isBareUrl } from './list-page';
import type { DateSource, ParsedArticle } from './parsed-article';
import { siteNameFromFrontMatter, sourceFromFolders, sourceFromLabels, sourceFromRoot } from './source-name';

/** Titles taken from a first line or a file name can be whole paragraphs; the list pane needs a line. */
const MAX_TITLE_LENGTH = 300;

export type ResolvedDate = Pick<ParsedArticle, 'date' | 'dateKind' | 'dateSource'>;

function cleanText(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const title = collapseWhitespace(decodeEntities(raw));
  if (!title) return null;
  return title.length > MAX_TITLE_LENGTH ? `${title.slice(0, MAX_TITLE_LENGTH - 1)}…` : title;
}

/** A bare URL is no title: the next candidate is asked instead. */
function cleanTitle(raw: string | null | undefined): string | null {
  const title = cleanText(raw);
  return title && !isBareUrl(title) ? title : null;
}

/** The title the file states about itself, before its body is looked at. */
export function statedTitle(draft: ArticleDraft): string | null {
  return (
    cleanTitle(draft.capture?.title) ??
    cleanTitle(frontMatterText(draft.frontMatter, 'title')) ??
    cleanTitle(draft.page?.title) ??
    cleanTitle(draft.plainTitle)
  );
}

/** `2022-03-06-media-freedom.md` → `media-freedom`. */
function titleFromFileName(filePath: string): string {
  const name = path.basename(filePath);
  const withoutExtension = name.replace(/\.[A-Za-z0-9]{1,10}$/, '');
  return withoutExtension.replace(/^\d{4}-\d{2}-\d{2}-/, '') || name;
}

/** Stated title → the body's first <h1> → the first line of text → the file name. */
export function resolveTitle(stated: string | null, headline: string | null, text: string, filePath: string): string {
  const firstLine = text.slice(0, 2000).split('\n', 1)[0];
  return stated ?? cleanTitle(headline) ?? cleanTitle(firstLine) ?? cleanTitle(titleFromFileName(filePath)) ?? path.basename(filePath);
}

/** The source's own dates → a date in the file name → in its folders → the body's date line → undated (never the mtime). */
export function resolveDate(draft: ArticleDraft, filePath: string, root: string): ResolvedDate {
  const found = (date: SourceDate | null | undefined, dateSource: DateSource): ResolvedDate | null =>
    date ? { date: date.ms, dateKind: date.kind, dateSource } : null;
  const capture = draft.capture?.epochMs;
  return (
    found(capture === null || capture === undefined ? null : parseDateValue(capture), 'epoch-comment') ??
    found(parseDateValue(draft.frontMatter?.['date']), 'front-matter') ??
    found(draft.page?.date, 'page-meta') ??
    found(dateFromFileName(path.basename(filePath)), 'file-name') ??
    found(dateFromPath(path.relative(root, path.dirname(filePath))), 'path') ??
    found(dateFromBodyLine(draftMarkup(draft)), 'body-date-line') ?? { date: 0, dateKind: 'undated', dateSource: null }
  );
}

/** Page canonical link / og:url → front matter url, from, link → the feed-capture link; the first valid one. */
export function resolveUrl(draft: ArticleDraft): string | null {
  const candidates = [
    draft.page?.url,
    frontMatterText(draft.frontMatter, 'url'),
    frontMatterText(draft.frontMatter, 'from'),
    frontMatterText(draft.frontMatter, 'link'),
    draft.capture?.link,
  ];
  for (const candidate of candidates) {
    const url = canonicalUrl(candidate);
    if (url) return url;
  }
  return null;
}

/**
 * The site's own name (front matter `site_name`/`source`, the page's og:site_name, the author a
 * feed capture's front matter names: the feed) → front matter categories/tags → a folder that
 * names a source → the URL's site → the imported folder's name.
 */
export function resolveSource(draft: ArticleDraft, url: string | null, filePath: string, root: string): string {
  const feedName = draft.capture ? cleanText(frontMatterText(draft.frontMatter, 'author')) : null;
  return (
    siteNameFromFrontMatter(draft.frontMatter) ??
    cleanText(draft.page?.siteName) ??
    feedName ??
    sourceFromLabels(draft.frontMatter) ??
    sourceFromFolders(filePath, root) ??
    (url ? siteName(url) : null) ??
    sourceFromRoot(root)
  );
}

export function resolveAuthor(draft: ArticleDraft): string | null {
  const author = frontMatterText(draft.frontMatter, 'author') ?? draft.page?.author ?? null;
  return cleanText(author);
}
