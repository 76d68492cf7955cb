// The first reading of a decoded file: which layout it is, what it says about
// itself, and its body as (unsanitised) HTML. Format is decided by content;
// the extension only breaks ties between Markdown, HTML and plain text.
import path from 'node:path';
import render from 'dom-serializer';
import type { Element } from 'domhandler';
import type { ArticleFormat } from '../../../shared/model';
import { parseFeedCapture } from './feed-capture';
import type { FeedCapture } from './feed-capture';
import { isHtmlName, isMarkdownName } from './file-kinds';
import { splitFrontMatter } from './front-matter';
import { hiddenClassesOf } from './hidden';
import type { FrontMatter } from './front-matter';
import { renderMarkdown } from './markdown';
import { isHtmlDocument, readHtmlDocument } from './page-document';
import type { PageMeta } from './page-meta';
import { plainTextToHtml } from './plain-text';

export interface ArticleDraft {
  format: ArticleFormat;
  frontMatter: FrontMatter | null;
  capture: FeedCapture | null;
  page: PageMeta | null;
  /** First line of a plain-text file, which is its title. */
  plainTitle: string | null;
  /** Body HTML, not yet sanitised; for a saved page, the element of the parsed page that holds it. */
  html: string | Element;
  /** Raw page HTML carries site chrome to drop; feed bodies and rendered Markdown do not. */
  dropClutter: boolean;
  /** Classes the file's own stylesheet hides. */
  hiddenClasses: ReadonlySet<string>;
}

/** Starts with an element, so the body is HTML even in a `.md` or `.txt` file (a leading comment decides nothing). */
const STARTS_WITH_ELEMENT = /^\s*<[a-z][a-z0-9-]*[\s/>]/i;
const DATED_NAME = /^\d{4}-\d{2}-\d{2}-/;

function isJekyllPost(frontMatter: FrontMatter, filePath: string): boolean {
  return 'layout' in frontMatter || DATED_NAME.test(path.basename(filePath)) || filePath.split(path.sep).includes('_posts');
}

type Body = Pick<ArticleDraft, 'format' | 'capture' | 'page' | 'plainTitle' | 'html' | 'dropClutter'>;

function readBody(body: string, filePath: string, hasFrontMatter: boolean, hiddenClasses: ReadonlySet<string>): Body {
  const none = { capture: null, page: null, plainTitle: null };
  const capture = parseFeedCapture(body);
  if (capture) return { ...none, format: 'feed-capture', capture, html: capture.body, dropClutter: false };
  if (isHtmlDocument(body)) {
    const document = readHtmlDocument(body, hiddenClasses);
    return { ...none, format: 'html-page', page: document.meta, html: document.content, dropClutter: true };
  }
  const name = path.basename(filePath);
  const markdown = isMarkdownName(name) || (hasFrontMatter && !isHtmlName(name));
  if (STARTS_WITH_ELEMENT.test(body)) {
    return { ...none, format: markdown ? 'markdown' : 'html-page', html: body, dropClutter: true };
  }
  if (markdown) return { ...none, format: 'markdown', html: renderMarkdown(body), dropClutter: false };
  if (isHtmlName(name)) return { ...none, format: 'html-page', html: body, dropClutter: true };
  const plain = plainTextToHtml(body);
  return { ...none, format: 'plain-text', plainTitle: plain.title, html: plain.html, dropClutter: false };
}

/** Reads text whose newlines are already `\n`. */
export function readArticleDraft(text: string, filePath: string): ArticleDraft {
  const { frontMatter, body } = splitFrontMatter(text);
  const hiddenClasses = hiddenClassesOf(body);
  const read = readBody(body, filePath, frontMatter !== null, hiddenClasses);
  const format = frontMatter && isJekyllPost(frontMatter, filePath) ? 'jekyll' : read.format;
  return { ...read, format, frontMatter, hiddenClasses };
}

/** The draft's body as markup (a saved page's element is serialised only when something needs its text). */
export function draftMarkup(draft: ArticleDraft): string {
  return typeof draft.html === 'string' ? draft.html : render(draft.html, { encodeEntities: 'utf8' });
}
