// Plain text of sanitised article HTML, for search and snippets: block elements
// end a line, paragraph-like blocks are separated by a blank line, and
// whitespace inside a line collapses to single spaces. One streaming pass, no DOM;
// at import, no parse at all: the sanitiser's output is read as it was written.
import { Parser } from 'htmlparser2';
import { CREDIT_CLASS } from '../../../shared/article-html';
import type { SanitizedOutput } from './allow-list-sanitizer';
import { LinkMeasure } from './list-page';
import { ParserNesting } from './parser-nesting';
import type { NestingEvents } from './parser-nesting';

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
    const line = collapseWhitespace(this.parts.join(''));
    this.parts = [];
    if (!line) return;
    if (this.out.length > 0) this.out.push(this.pending === PARAGRAPH ? '\n\n' : '\n');
    this.out.push(line);
    this.pending = NONE;
  }
}

/** What a reader of sanitised HTML is told, as htmlparser2's handler would be. */
export interface HtmlEvents extends NestingEvents {
  ontext(text: string): void;
}

/** What a parse of sanitised HTML reports, given to the text collector, the link measure and whoever else reads along. */
class SanitizedHtmlReader implements HtmlEvents {
  constructor(
    private readonly collector: TextCollector,
    private readonly links: LinkMeasure | null,
    private readonly also: HtmlEvents | null = null,
  ) {}

  onopentag(name: string, attributes: Readonly<Record<string, string>>): void {
    this.collector.open(name, attributes['class'] === CREDIT_CLASS);
    this.links?.open(name);
    this.also?.onopentag(name, attributes);
  }

  onclosetag(name: string): void {
    this.collector.close(name);
    this.links?.close(name);
    this.also?.onclosetag(name);
  }

  ontext(text: string): void {
    this.collector.text(text);
    this.links?.text(text);
    this.also?.ontext(text);
  }
}

/** The character references the sanitiser writes in text (it escapes nothing else). */
const REFERENCES: ReadonlyMap<string, string> = new Map([
  ['&amp;', '&'],
  ['&lt;', '<'],
  ['&gt;', '>'],
]);

export function htmlToText(html: string): string {
  const collector = new TextCollector();
  readSanitizedHtml(html, new SanitizedHtmlReader(collector, null));
  return collector.finish();
}

/**
 * The plain text of an article's sanitised HTML and, in the same parse, how much of it is links
 * (list-page.ts). Import reads the sanitiser's output instead (`writtenTextAndLinks`).
 */
export function articleTextAndLinks(html: string): { text: string; links: LinkMeasure } {
  const collector = new TextCollector();
  const links = new LinkMeasure();
  readSanitizedHtml(html, new SanitizedHtmlReader(collector, links));
  return { text: collector.finish(), links };
}

/**
 * `articleTextAndLinks` of the sanitiser's output (its parts, joined and trimmed), read from the
 * parts and tags it wrote as a parse of that HTML would report them: the same text and measure,
 * without parsing the HTML again. `also` is told the same events (the figure captions read them).
 */
export function writtenTextAndLinks(output: SanitizedOutput, also: HtmlEvents | null): { text: string; links: LinkMeasure } {
  const collector = new TextCollector();
  const links = new LinkMeasure();
  const reader = new SanitizedHtmlReader(collector, links, also);
  const nesting = new ParserNesting(reader);
  const { parts, tags } = output;
  let from = 0;
  for (let i = 0; i <= tags.length; i++) {
    const tag = tags[i];
    let text = joinParts(parts, from, tag ? tag.position : parts.length);
    if (i === 0) text = text.trimStart();
    if (!tag) text = text.trimEnd();
    readEscapedText(text, reader);
    if (!tag) break;
    if (tag.closing) nesting.closeTag(tag.name);
    else nesting.openTag(tag.name, tag.attributes);
    from = tag.position + 1;
  }
  nesting.end();
  return { text: collector.finish(), links };
}

/** Parses sanitised HTML for a reader: what the reading of the written output must agree with. */
export function readSanitizedHtml(html: string, reader: HtmlEvents): void {
  const parser = new Parser(reader, { decodeEntities: true, lowerCaseTags: true });
  parser.write(html);
  parser.end();
}

function joinParts(parts: readonly string[], from: number, to: number): string {
  if (to - from === 1) return parts[from] as string;
  return parts.slice(from, to).join('');
}

/** Escaped text as htmlparser2 reports it: the text between character references, and each reference decoded on its own (LinkMeasure reads bare URLs within one report). */
function readEscapedText(text: string, reader: HtmlEvents): void {
  let from = 0;
  for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', from)) {
    if (at > from) reader.ontext(text.slice(from, at));
    from = text.indexOf(';', at) + 1;
    reader.ontext(REFERENCES.get(text.slice(at, from)) as string);
  }
  if (from < text.length) reader.ontext(from === 0 ? text : text.slice(from));
}

/** Whitespace runs made one space, and none at either end: text as a reader sees it on a line. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
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
