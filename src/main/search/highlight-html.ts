// Marks search matches in sanitised article HTML for the reading pane. Matches
// are found (match-text.ts) over the text of the document as a reader sees it:
// text nodes in order, inline elements joined without a gap (`Zu<b>rich</b>` is
// one word) and a line break at every other element boundary, so a word never
// runs on from one paragraph into the next. Attribute values are never text.
// A match that spans elements becomes several <mark> pieces with one data-hit.
// At most MAX_MARKS matches are marked (the first ones); count is the number marked.
import render from 'dom-serializer';
import { Element, Text, isTag, isText } from 'domhandler';
import type { AnyNode, ParentNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { Range } from '../../shared/model';
import { findMatches } from './match-text';
import type { TextPattern } from './match-text';

/** Elements that flow within a line of text; every other element breaks it. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'kbd',
  'mark',
  'picture',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'source',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);
/** Never shown as text. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'textarea']);
const BREAK = '\n';
/** More marks than anyone steps through, and a bound on the page size when a text repeats one character. */
export const MAX_MARKS = 5000;

interface TextPiece {
  node: Text;
  /** Offset of the node's text in the joined text. */
  start: number;
}

/** Text nodes in document order and the joined text they read as. */
function collectText(root: ParentNode): { pieces: TextPiece[]; text: string } {
  const pieces: TextPiece[] = [];
  const parts: string[] = [];
  let length = 0;
  let broken = true; // no break needed at the start
  const lineBreak = (): void => {
    if (broken) return;
    parts.push(BREAK);
    length += BREAK.length;
    broken = true;
  };
  // Explicit stack: sanitised HTML can still nest deeper than the call stack allows.
  const stack: (AnyNode | 'break')[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode | 'break';
    if (node === 'break') {
      lineBreak();
    } else if (isText(node)) {
      pieces.push({ node, start: length });
      parts.push(node.data);
      length += node.data.length;
      broken = false;
    } else if (isTag(node)) {
      if (HIDDEN.has(node.name)) continue;
      const inline = INLINE.has(node.name);
      if (!inline) {
        lineBreak();
        stack.push('break');
      }
      for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k] as AnyNode);
    }
  }
  return { pieces, text: parts.join('') };
}

function mark(text: string, hit: number): Element {
  const el = new Element('mark', { class: 'folio-hit', 'data-hit': String(hit) }, [new Text(text)]);
  (el.children[0] as Text).parent = el;
  return el;
}

/** The text of a node split into plain and marked pieces. */
function splitText(piece: TextPiece, hits: { range: Range; hit: number }[]): AnyNode[] {
  const { node, start } = piece;
  const data = node.data;
  const pieces: AnyNode[] = [];
  let at = 0;
  for (const { range, hit } of hits) {
    const from = Math.max(range[0] - start, 0);
    const to = Math.min(range[1] - start, data.length);
    if (from > at) pieces.push(new Text(data.slice(at, from)));
    pieces.push(mark(data.slice(from, to), hit));
    at = to;
  }
  if (at < data.length) pieces.push(new Text(data.slice(at)));
  return pieces;
}

/** Puts the replacements in place, rebuilding each parent's child list once (not once per text node). */
function replaceAll(replacements: Map<AnyNode, AnyNode[]>): void {
  const parents = new Set([...replacements.keys()].map((node) => node.parent as ParentNode));
  for (const parent of parents) {
    const children = parent.children.flatMap((child) => replacements.get(child) ?? [child]) as typeof parent.children;
    children.forEach((child, k) => {
      child.parent = parent;
      child.prev = children[k - 1] ?? null;
      child.next = children[k + 1] ?? null;
    });
    parent.children = children;
  }
}

export function highlightHtml(html: string, patterns: TextPattern[]): { html: string; count: number } {
  if (patterns.length === 0) return { html, count: 0 };
  const doc = parseDocument(html, { decodeEntities: true });
  const { pieces, text } = collectText(doc);
  const ranges = findMatches(text, patterns, { limit: MAX_MARKS });
  if (ranges.length === 0) return { html, count: 0 };
  const replacements = new Map<AnyNode, AnyNode[]>();
  // Both lists are in text order: walk them together.
  let r = 0;
  for (const piece of pieces) {
    const end = piece.start + piece.node.data.length;
    while (r < ranges.length && (ranges[r] as Range)[1] <= piece.start) r++;
    const hits: { range: Range; hit: number }[] = [];
    for (let k = r; k < ranges.length && (ranges[k] as Range)[0] < end; k++) hits.push({ range: ranges[k] as Range, hit: k });
    if (hits.length > 0) replacements.set(piece.node, splitText(piece, hits));
  }
  replaceAll(replacements);
  return { html: render(doc, { encodeEntities: 'utf8' }), count: ranges.length };
}
