// An article as the reading pane shows it: metadata, the stored sanitised HTML
// with its images pointed at the host's image URLs, and search matches marked.
import type { ArticleDetail, ArticleImage, ImageStatus } from '../../shared/model';
import { FolioError } from '../folio-error';
import type { Library } from '../library/library';
import { highlightHtml } from '../search/highlight-html';
import { findMatches, patternsOf } from '../search/match-text';
import { parseQuery } from '../search/query-parser';
import type { ArticleImageRow, ArticleRow, ShownImageRow } from '../library/records';
import { articleSummary } from '../library/article-summary';
import { detectLang } from '../lang/detect-lang';

const escapeAttribute = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Every <img> was stored with data-folio-ref="i" and no src. A stored image (copied
 * at import, or downloaded) gets its URL; a remote one not downloaded or a missing
 * one stays without src, marked so the renderer can draw a placeholder.
 */
export function resolveImages(html: string, images: ArticleImageRow[], imageUrl: (id: string) => string): string {
  const byPosition = new Map(images.map((i) => [i.position, i]));
  return html.replace(/data-folio-ref="(\d+)"/g, (whole, position: string) => {
    const image = byPosition.get(Number(position));
    if (image?.imageId) return `${whole} src="${escapeAttribute(imageUrl(image.imageId))}" data-folio-image="${image.imageId}"`;
    if (image?.remoteUrl) return `${whole} data-folio-remote="${escapeAttribute(image.remoteUrl)}"`;
    return `${whole} data-folio-missing=""`;
  });
}

/** Where an image came from, as a person would look it up: its URL (a data: URL is no address worth showing). */
const originalUrl = (row: ArticleImageRow): string | null => (row.remoteUrl && !row.remoteUrl.startsWith('data:') ? row.remoteUrl : null);

function shownImage(row: ShownImageRow, id: string, imageUrl: (id: string) => string): ArticleImage {
  return {
    id,
    url: imageUrl(id),
    alt: row.alt,
    title: row.title,
    caption: row.caption,
    width: row.width,
    height: row.height,
    sourceUrl: originalUrl(row),
  };
}

/** The article's row and its images' rows; an unknown id is a not-found error. */
function readArticle(library: Library, id: number): { row: ArticleRow; imageRows: ShownImageRow[] } {
  const row = library.db.article(id);
  if (!row) throw new FolioError('not-found', `There is no article ${id} in the library.`);
  return { row, imageRows: library.db.articleImages(id) };
}

export function articleDetail(
  library: Library,
  id: number,
  highlight: string | undefined,
  imageUrl: (id: string) => string,
): ArticleDetail {
  const { row, imageRows } = readArticle(library, id);
  const body = library.readBody(row.body);
  let html = resolveImages(body.html, imageRows, imageUrl);
  let matchCount = 0;
  const patterns = highlight ? patternsOf(parseQuery(highlight).root) : [];
  if (patterns.length > 0) ({ html, count: matchCount } = highlightHtml(html, patterns));
  const images: ArticleImage[] = imageRows.flatMap((i) => (i.imageId ? [shownImage(i, i.imageId, imageUrl)] : []));
  const missing = imageRows.filter((i) => i.remoteUrl !== null && i.imageId === null);
  return {
    ...articleSummary(library, row),
    // Articles imported before languages were recorded get theirs from the text they are shown with.
    lang: row.lang ?? detectLang(row.title, body.text, { url: row.url, encoding: row.encoding }),
    url: row.url,
    author: row.author,
    path: row.path,
    encoding: row.encoding,
    format: row.format,
    html,
    images,
    remoteImages: missing.length,
    imageFailures: Object.fromEntries(missing.flatMap((i) => (i.failure && i.remoteUrl ? [[i.remoteUrl, i.failure]] : []))),
    matchCount,
    titleHighlights: patterns.length > 0 ? findMatches(row.title, patterns) : [],
  };
}

/** Each image by its original URL, whether the library holds it, and why not when a download failed. */
function imageStatus(row: ShownImageRow, imageUrl: (id: string) => string): ImageStatus {
  if (row.imageId) return { url: row.remoteUrl ?? imageUrl(row.imageId), offline: true };
  if (!row.remoteUrl) return { url: '', offline: false, reason: 'a local image that was not found when the article was imported' };
  return row.failure ? { url: row.remoteUrl, offline: false, reason: row.failure } : { url: row.remoteUrl, offline: false };
}

/** What `folio show` prints besides the detail, which the reading pane does not need: the plain text as stored (what search
 * reads) and where each image stands. */
export function articleText(library: Library, id: number, imageUrl: (id: string) => string): { text: string; images: ImageStatus[] } {
  const { row, imageRows } = readArticle(library, id);
  return { text: library.readText(row.body), images: imageRows.map((image) => imageStatus(image, imageUrl)) };
}
