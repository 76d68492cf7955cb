// Plain text of sanitised article HTML, for search and snippets: block elements
// end a line, paragraph-like blocks are separated by a blank line, and
// whitespace inside a line collapses to single spaces. One streaming pass, no DOM.
import { Parser } from 'htmlparser2';
import { CREDIT_CLASS } from '../../../shared/article-html';
import { LinkMeasure } from './list-page';

/** Blocks that stand apart from their neighbours by a blank line. */
const PARAGRAPH_BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'dl',
  'table',
  'figure',
  'hr',
  'article',
  'section',
  'header',
  'main',
]);
/** Blocks that only end a line. */
const LINE_BLOCKS = new Set(['div', 'li', 'dt', 'dd', 'tr', 'figcaption', 'caption', 'br', 'address']);
const CELLS = new Set(['td', 'th']);
/** Never text, even if such an element slipped into the input. */
const INVISIBLE = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

const NONE = 0;
const LINE = 1;
const PARAGRAPH = 2;
type Break = typeof NONE | typeof LINE | typeof PARAGRAPH;

class TextCollector {
  private readonly out: string[] = [];
  private parts: string[] = [];
  private pending: Break = NONE;
  private preDepth = 0;
  private invisibleDepth = 0;

  open(name: string, credit: boolean): void {
    if (INVISIBLE.has(name)) this.invisibleDepth++;
    else if (name === 'pre') this.preDepth++;
    // A photo credit is its own line, even where the page wrote it inline: it must not run into the text.
    if (credit && !PARAGRAPH_BLOCKS.has(name)) this.boundary(LINE);
    else this.boundaryFor(name);
  }

  close(name: string): void {
    if (INVISIBLE.has(name)) this.invisibleDepth = Math.max(0, this.invisibleDepth - 1);
    else if (name === 'pre') this.preDepth = Math.max(0, this.preDepth - 1);
    if (name !== 'br') this.boundaryFor(name);
  }

  text(text: string): void {
    if (this.invisibleDepth > 0) return;
    if (this.preDepth === 0 || !text.includes('\n')) {
      this.parts.push(text);
      return;
    }
    // Preformatted text keeps its line structure.
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (i > 0) this.boundary(LINE);
      this.parts.push(line);
    });
  }

  finish(): string {
    this.flush();
    return this.out.join('');
  }

  private boundaryFor(name: string): void {
    if (PARAGRAPH_BLOCKS.has(name)) this.boundary(PARAGRAPH);
    else if (LINE_BLOCKS.has(name)) this.boundary(LINE);
    else if (CELLS.has(name)) this.parts.push(' ');
  }

  private boundary(kind: Break): void {
    this.flush();
    if (this.out.length > 0 && kind > this.pending) this.pending = kind;
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    const line = this.parts.join('').replace(/\s+/g, ' ').trim();
    this.parts = [];
    if (!line) return;
    if (this.out.length > 0) this.out.push(this.pending === PARAGRAPH ? '\n\n' : '\n');
    this.out.push(line);
    this.pending = NONE;
  }
}

export function htmlToText(html: string): string {
  return readSanitizedHtml(html, null);
}

/**
 * The plain text of an article's sanitised HTML and, in the same parse, how much of it is links
 * (list-page.ts): import reads every article's HTML once for both.
 */
export function articleTextAndLinks(html: string): { text: string; links: LinkMeasure } {
  const links = new LinkMeasure();
  return { text: readSanitizedHtml(html, links), links };
}

function readSanitizedHtml(html: string, links: LinkMeasure | null): string {
  const collector = new TextCollector();
  const parser = new Parser(
    {
      onopentag: (name, attribs) => {
        collector.open(name, attribs['class'] === CREDIT_CLASS);
        links?.open(name);
      },
      onclosetag: (name) => {
        collector.close(name);
        links?.close(name);
      },
      ontext: (text) => {
        collector.text(text);
        links?.text(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return collector.finish();
}

/** `&quot;0day&quot;` → `"0day"`: entity references in a title or attribute-like snippet. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const parts: string[] = [];
  const parser = new Parser({ ontext: (chunk) => parts.push(chunk) }, { decodeEntities: true });
  // Escaping `<` keeps markup-looking text (`a <b> c`) as text while entities still decode.
  parser.write(text.replace(/</g, '&lt;'));
  parser.end();
  return parts.join('');
}
