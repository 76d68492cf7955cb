// Saved web pages: their metadata, and the article inside the page chrome.
// <article> (or <main>) usually marks it; pages without either go to the body
// finder (body-finder.ts) on the tree already parsed, and to Readability, the
// slower general-purpose extractor, only where the finder is not sure.
import { createRequire } from 'node:module';
import { Readability } from '@mozilla/readability';
import { isTag } from 'domhandler';
import type { ChildNode, Document, Element } from 'domhandler';
import render from 'dom-serializer';
import { findAll, findOne, removeElement } from 'domutils';
import type * as Linkedom from 'linkedom';
import { findArticleBody } from './body-finder';
import { isHiddenElement } from './hidden';
import { parsePage } from './page-dom';
import { extractPageMeta } from './page-meta';
import { visibleLength } from './text-length';
import type { PageMeta } from './page-meta';

export interface HtmlDocumentArticle {
  meta: PageMeta;
  /** The article (unsanitised), chrome around it removed: the element of the parsed page that holds it, or Readability's HTML. */
  content: string | Element;
}

const PROLOGUE = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*/;
const DOCUMENT_START = /^<(?:!doctype\s+html|html[\s>]|head[\s>])/i;

/** True for a whole HTML document (`<!DOCTYPE html`, `<html`), as opposed to a fragment. */
export function isHtmlDocument(text: string): boolean {
  const head = text.slice(0, 4096);
  const prologue = PROLOGUE.exec(head);
  return DOCUMENT_START.test(head.slice(prologue ? prologue[0].length : 0));
}

/** The <article> with the most text (pages list teasers as articles too), else <main> / role=main. */
function markedContent(document: Document): Element | null {
  const articles = findAll((el) => el.name === 'article', document);
  if (articles.length > 0) {
    return articles.reduce((best, candidate) => (visibleLength(candidate) > visibleLength(best) ? candidate : best));
  }
  return findOne((el) => el.name === 'main' || el.attribs['role'] === 'main', document.children);
}

/**
 * Readability's cost grows much faster than the page (1,000 nested unclosed table cells: minutes),
 * so a page past these limits — far beyond any real article page — is not given to it.
 */
const READABILITY_MAX_DEPTH = 80;
const READABILITY_MAX_ELEMENTS = 15_000;

/** True when the document is deeper or larger than Readability can be trusted with; one pass, no recursion. */
function tooComplexForReadability(document: Document): boolean {
  let elements = 0;
  const stack: [ChildNode, number][] = document.children.map((child) => [child, 1]);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (!isTag(node)) continue;
    if (++elements > READABILITY_MAX_ELEMENTS || depth > READABILITY_MAX_DEPTH) return true;
    for (const child of node.children) stack.push([child, depth + 1]);
  }
  return false;
}

const nodeRequire = createRequire(import.meta.url);
let linkedom: typeof Linkedom | null = null;

/** linkedom takes ~0.3 s to load; only pages without <article>/<main> need it, so each worker loads it on first use. */
function loadLinkedom(): typeof Linkedom {
  linkedom ??= nodeRequire('linkedom') as typeof Linkedom;
  return linkedom;
}

function readabilityContent(html: string): string | null {
  try {
    const { document } = loadLinkedom().parseHTML(html);
    const result = new Readability(document).parse();
    return result?.content ?? null;
  } catch {
    return null;
  }
}

/** Takes out what the page hides before anything chooses the article, so a hidden heading can never be its title or text. */
function removeHidden(document: Document, hiddenClasses: ReadonlySet<string>): boolean {
  const hidden = findAll((el) => isHiddenElement(el.attribs, hiddenClasses), document.children);
  for (const element of hidden) removeElement(element);
  return hidden.length > 0;
}

export function readHtmlDocument(html: string, hiddenClasses: ReadonlySet<string>): HtmlDocumentArticle {
  const document = parsePage(html);
  const meta = extractPageMeta(document);
  const changed = removeHidden(document, hiddenClasses);
  const marked = markedContent(document);
  // The element itself, not its HTML: the sanitiser reads the tree instead of parsing a serialisation of it.
  const chosen = marked ?? findArticleBody(document);
  if (chosen) return { meta, content: chosen };
  const body = findOne((el) => el.name === 'body', document.children);
  const visible = changed ? render(document, { encodeEntities: 'utf8' }) : html;
  const extracted = tooComplexForReadability(document) ? null : readabilityContent(visible);
  const content = extracted ?? render(body ?? document, { encodeEntities: 'utf8' });
  return { meta, content };
}
