// One article file → a ParsedArticle, or the reason it is not one. Runs in a
// worker over thousands of files: synchronous, no file reads (the bytes are
// given), and it never throws — a file that breaks the parser is reported as
// malformed instead of stopping the import.
import { readArticleDraft } from './article-draft';
import { resolveAuthor, resolveDate, resolveSource, resolveTitle, resolveUrl, statedTitle } from './article-metadata';
import { decodeArticleBytes } from './decode';
import type { FileInput, ParseOutcome } from './parsed-article';
import { sanitizeArticleHtml } from './sanitize';
import { isSitePage } from './site-pages';

const SITE_PAGE: ParseOutcome = { kind: 'skip', reason: 'site page' };
const LINK_LIST: ParseOutcome = { kind: 'skip', reason: 'link list' };

function parse(input: FileInput): ParseOutcome {
  const decoded = decodeArticleBytes(input.bytes);
  if (decoded.kind !== 'text') return decoded;
  const text = decoded.text.includes('\r') ? decoded.text.replace(/\r\n?/g, '\n') : decoded.text;
  const draft = readArticleDraft(text, input.path);
  if (isSitePage(input.sitePlace, input.path, input.root, draft.frontMatter)) return SITE_PAGE;

  const stated = statedTitle(draft);
  const body = sanitizeArticleHtml(draft.html, {
    filePath: input.path,
    root: input.root,
    title: stated,
    dropClutter: draft.dropClutter,
    hiddenClasses: draft.hiddenClasses,
  });
  const { text: plain, links } = body;
  if (links.isLinkList({ onlyByShare: draft.format === 'feed-capture' || body.images.length > 0 })) return LINK_LIST;
  // Front matter and nothing else, or a header with an empty body: nothing failed, there is just nothing to read.
  if (!plain && body.images.length === 0) return { kind: 'skip', reason: 'empty' };

  const url = resolveUrl(draft);
  return {
    kind: 'article',
    article: {
      format: draft.format,
      encoding: decoded.encoding,
      title: resolveTitle(stated, body.headline, plain, input.path),
      ...resolveDate(draft, input.path, input.root),
      source: resolveSource(draft, url, input.path, input.root),
      author: resolveAuthor(draft),
      url,
      html: body.html,
      text: plain,
      images: body.images,
    },
  };
}

export function parseArticleFile(input: FileInput): ParseOutcome {
  try {
    return parse(input);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'fail', reason: 'malformed file', detail };
  }
}
