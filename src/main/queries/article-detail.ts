// An article as the reading pane shows it: metadata, the stored sanitised HTML
// with its images pointed at the host's image URLs, and search matches marked.
import type { ArticleDetail, ArticleImage } from '../../shared/model';
import { FolioError } from '../folio-error';
import type { Library } from '../library/library';
import { highlightHtml } from '../search/highlight-html';
import { findMatches, patternsOf } from '../search/match-text';
import { parseQuery } from '../search/query-parser';
import type { ArticleImageRow, ArticleRow } from '../library/records';
import { articleSummary } from '../library/article-summary';
import { detectLang } from '../lang/detect-lang';

const escapeAttribute = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Every <img> was stored with data-folio-ref="i" and no src. A copied local image
 * gets its URL; a remote one (never fetched) or a missing one stays without src,
 * marked so the renderer can draw a placeholder.
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

function articleRow(library: Library, id: number): ArticleRow {
  const row = library.db.article(id);
  if (!row) throw new FolioError('not-found', `There is no article ${id} in the library.`);
  return row;
}

export function articleDetail(
  library: Library,
  id: number,
  highlight: string | undefined,
  imageUrl: (id: string) => string,
): ArticleDetail {
  const row = articleRow(library, id);
  const body = library.readBody(row.body);
  const imageRows = library.db.articleImages(id);
  let html = resolveImages(body.html, imageRows, imageUrl);
  let matchCount = 0;
  const patterns = highlight ? patternsOf(parseQuery(highlight).root) : [];
  if (patterns.length > 0) ({ html, count: matchCount } = highlightHtml(html, patterns));
  const images: ArticleImage[] = imageRows.flatMap((i) =>
    i.imageId ? [{ id: i.imageId, url: imageUrl(i.imageId), alt: i.alt, title: i.title, caption: i.caption }] : [],
  );
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
    remoteImages: imageRows.filter((i) => i.remoteUrl !== null).length,
    matchCount,
    titleHighlights: patterns.length > 0 ? findMatches(row.title, patterns) : [],
  };
}

/** The article's plain text as stored (what search reads), which the reading pane does not need. */
export function articleText(library: Library, id: number): string {
  return library.readText(articleRow(library, id).body);
}
