// Saved web pages: their metadata, and the article inside the page chrome.
// <article> (or <main>) usually marks it; pages without either go through
// Readability, the slower general-purpose extractor, only then.
import { createRequire } from 'node:module';
import { Readability } from '@mozilla/readability';
import type { Document, Element } from 'domhandler';
import render from 'dom-serializer';
import { findAll, findOne, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type * as Linkedom from 'linkedom';
import { extractPageMeta } from './page-meta';
import type { PageMeta } from './page-meta';

export interface HtmlDocumentArticle {
  meta: PageMeta;
  /** The article's HTML (unsanitised), chrome around it removed. */
  content: string;
}

const PROLOGUE = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*/;
const DOCUMENT_START = /^<(?:!doctype\s+html|html[\s>]|head[\s>])/i;

/** True for a whole HTML document (`<!DOCTYPE html`, `<html`), as opposed to a fragment. */
export function isHtmlDocument(text: string): boolean {
  const head = text.slice(0, 4096);
  const prologue = PROLOGUE.exec(head);
  return DOCUMENT_START.test(head.slice(prologue ? prologue[0].length : 0));
}

function textLength(element: Element): number {
  return textContent(element).replace(/\s+/g, '').length;
}

/** The <article> with the most text (pages list teasers as articles too), else <main> / role=main. */
function markedContent(document: Document): Element | null {
  const articles = findAll((el) => el.name === 'article', document);
  if (articles.length > 0) {
    return articles.reduce((best, candidate) => (textLength(candidate) > textLength(best) ? candidate : best));
  }
  return findOne((el) => el.name === 'main' || el.attribs['role'] === 'main', document.children);
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

export function readHtmlDocument(html: string): HtmlDocumentArticle {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const meta = extractPageMeta(document);
  const marked = markedContent(document);
  if (marked) return { meta, content: render(marked, { encodeEntities: 'utf8' }) };
  const body = findOne((el) => el.name === 'body', document.children);
  const content = readabilityContent(html) ?? render(body ?? document, { encodeEntities: 'utf8' });
  return { meta, content };
}
