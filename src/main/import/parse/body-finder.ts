// The article inside a saved page that marks it with neither <article> nor <main>
// (WeChat-style pages, old CMS templates), found cheaply on the tree the page was
// already parsed into. It weighs the same evidence Readability does — paragraphs
// of 25+ characters scored by length and commas, the score shared with their
// parent and grandparent, class/id names for and against, link density — but it
// answers only when that evidence is unambiguous: one element holds nearly all of
// the page's paragraph text. Anything less clear is left to Readability, which
// also weighs siblings, alternative candidates and conditional cleaning.
import { isTag } from 'domhandler';
import type { ChildNode, Document, Element } from 'domhandler';
import { textContent } from 'domutils';
import { collapseWhitespace } from './html-text';
import { collapsedLength } from './text-length';

/** Never article text; Readability drops these before scoring too. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'nav',
  'aside',
  'footer',
  'header',
  'form',
  'button',
  'select',
  'textarea',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'dialog',
]);
/** Where Readability looks for paragraphs. */
const SCORED = new Set(['p', 'pre', 'td', 'section', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Readability's class/id patterns (REGEXPS.unlikelyCandidates, okMaybeItsACandidate, positive, negative). */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

/** The chosen element must hold at least this share of the page's scored paragraph text. */
const MIN_SHARE = 0.9;
/** Too little text to be sure of anything: Readability decides. */
const MIN_PARAGRAPHS = 3;
const MIN_TEXT = 500;
/** Readability's own threshold for a paragraph worth scoring. */
const MIN_PARAGRAPH_LENGTH = 25;
const MAX_LINK_DENSITY = 0.25;

function classWeight(element: Element): number {
  let weight = 0;
  for (const name of [element.attribs['class'], element.attribs['id']]) {
    if (!name) continue;
    if (NEGATIVE.test(name)) weight -= 25;
    if (POSITIVE.test(name)) weight += 25;
  }
  return weight;
}

function initialScore(element: Element): number {
  const byTag: Record<string, number> = {
    div: 5,
    pre: 3,
    td: 3,
    blockquote: 3,
    address: -3,
    ol: -3,
    ul: -3,
    dl: -3,
    dd: -3,
    dt: -3,
    li: -3,
  };
  const heading = /^h[1-6]$|^th$/.test(element.name) ? -5 : 0;
  return (byTag[element.name] ?? heading) + classWeight(element);
}

function isUnlikely(element: Element): boolean {
  if (SKIPPED.has(element.name)) return true;
  const role = element.attribs['role'];
  if (role && UNLIKELY_ROLES.has(role)) return true;
  if (element.name === 'body' || element.name === 'a' || element.name === 'table') return false;
  const names = `${element.attribs['class'] ?? ''} ${element.attribs['id'] ?? ''}`;
  return UNLIKELY.test(names) && !MAYBE_CANDIDATE.test(names);
}

/** An element's text with whitespace collapsed, as Readability measures it. */
function collapsedText(element: Element): string {
  return collapseWhitespace(textContent(element));
}

function linkDensity(element: Element, length: number): number {
  if (length === 0) return 0;
  let linked = 0;
  const stack: ChildNode[] = [...element.children];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!isTag(node)) continue;
    if (node.name === 'a') linked += collapsedLength(node);
    else stack.push(...node.children);
  }
  return linked / length;
}

interface Scored {
  element: Element;
  score: number;
}
interface Candidate extends Scored {
  linkDensity: number;
}
interface Paragraph {
  element: Element;
  length: number;
  commas: number;
}

/**
 * Paragraphs as Readability finds them: scored elements outside unlikely subtrees, innermost only (a
 * <section> of <p>s is not counted twice). One pass without recursion: a page can nest thousands deep.
 */
function paragraphs(document: Document): Paragraph[] {
  const found: Paragraph[] = [];
  const holdsScored = new Set<Element>();
  const stack: { node: ChildNode; leaving: boolean }[] = document.children.map((node) => ({ node, leaving: false }));
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, leaving } = next;
    if (!isTag(node)) continue;
    if (!leaving) {
      if (isUnlikely(node)) continue;
      stack.push({ node, leaving: true });
      for (const child of node.children) stack.push({ node: child, leaving: false });
      continue;
    }
    const scored = SCORED.has(node.name);
    if (scored && !holdsScored.has(node)) {
      const text = collapsedText(node);
      if (text.length >= MIN_PARAGRAPH_LENGTH) found.push({ element: node, length: text.length, commas: text.match(COMMAS)?.length ?? 0 });
    }
    if ((scored || holdsScored.has(node)) && node.parent && isTag(node.parent)) holdsScored.add(node.parent);
  }
  return found;
}

function contains(ancestor: Element, node: Element): boolean {
  for (let at: Element | null = node; at; at = at.parent && isTag(at.parent) ? at.parent : null) if (at === ancestor) return true;
  return false;
}

/**
 * The element that holds the article, or null when the evidence is not clear enough
 * to choose without Readability.
 */
export function findArticleBody(document: Document): Element | null {
  const found = paragraphs(document);
  const total = found.reduce((sum, p) => sum + p.length, 0);
  if (found.length < MIN_PARAGRAPHS || total < MIN_TEXT) return null;
  const scores = new Map<Element, Scored>();
  for (const paragraph of found) {
    const score = 1 + paragraph.commas + 1 + Math.min(Math.floor(paragraph.length / 100), 3);
    let level = 0;
    for (let at = paragraph.element.parent; at && isTag(at) && level < 5; at = at.parent, level++) {
      let entry = scores.get(at);
      if (!entry) {
        entry = { element: at, score: initialScore(at) };
        scores.set(at, entry);
      }
      entry.score += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  let best: Candidate | null = null;
  for (const entry of scores.values()) {
    const density = linkDensity(entry.element, collapsedLength(entry.element));
    const scaled = entry.score * (1 - density);
    if (!best || scaled > best.score) best = { element: entry.element, score: scaled, linkDensity: density };
  }
  if (!best) return null;
  const body = best.element;
  const inside = found.filter((p) => contains(body, p.element)).reduce((sum, p) => sum + p.length, 0);
  if (inside < total * MIN_SHARE) return null;
  // Measured above while scoring: walking the chosen element's text again would give the same.
  if (best.linkDensity > MAX_LINK_DENSITY) return null;
  return body;
}
