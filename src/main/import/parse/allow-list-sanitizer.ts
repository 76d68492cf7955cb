// The allow-list sanitiser for article HTML: one pass over htmlparser2's events that keeps
// only ARTICLE_TAGS with their ARTICLE_ATTRIBUTES, escapes all text, and drops what
// SECURITY.md lists together with its content. It does what sanitize-html did here with
// Folio's options (discard mode), to the byte — tests compare the two on the hostile
// fixtures and sampled pages — without its general machinery: an element removed with
// its content is cut from an array of output parts instead of re-slicing one string, and
// the text of every element is not re-normalised at its close.
import { isTag, isText } from 'domhandler';
import type { ChildNode, Element } from 'domhandler';
import { Parser } from 'htmlparser2';
import type { Handler } from 'htmlparser2';
import { ARTICLE_ATTRIBUTES, ARTICLE_CLASSES, ARTICLE_TAGS } from '../../../shared/article-html';

/** An element as the sanitiser saw it, for the caller's decision to remove it with its content. */
export interface SanitizerFrame {
  readonly tag: string;
  /** Attributes after the caller's transform. */
  readonly attribs: Readonly<Record<string, string>>;
  /** The element's text as it arrived (decoded), excluding removed descendants; read only when needed. */
  text(): string;
  /**
   * The text trimmed, or null when it is known to be longer than `SHORT_TEXT` with its whitespace
   * runs collapsed. Runs inside it may or may not be collapsed: callers test for short texts with
   * no whitespace (an image file name), and collapsing every element's text was 2 % of an import.
   */
  readonly shortText: string | null;
  /** Kept media elements (<img>) among its direct children. */
  readonly mediaChildren: number;
}

export interface SanitizerHooks {
  /** Every element as parsed, skipped ones included, before anything else sees it. */
  onOpenTag(name: string, attribs: Record<string, string>): void;
  onCloseTag(name: string): void;
  /** The attributes to judge and keep for an element (the tag name is never changed). */
  transform(name: string, attribs: Record<string, string>): Record<string, string>;
  /** Text (already escaped) as it will be written; '' drops it. */
  textFilter(escaped: string): string;
  /** True to remove a kept element, its content included, when it closes. */
  isRemoved(frame: SanitizerFrame): boolean;
}

/** A tag as the sanitiser wrote it. */
export interface WrittenTag {
  /** Index of the tag among the output's parts; the parts between two tags are text, escaped as written. */
  readonly position: number;
  readonly name: string;
  readonly closing: boolean;
  /** Of an opening tag: its attributes as a parser reads them back from the output. */
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * What the sanitiser wrote: joined, `parts` is the sanitised HTML, and `tags` says which parts
 * are tags, so a reader of that HTML (its text, its links) can walk it without parsing it again.
 */
export interface SanitizedOutput {
  readonly parts: string[];
  readonly tags: WrittenTag[];
}

/** Longest collapsed text `shortText` reports; callers test short texts (an image file name) only. */
export const SHORT_TEXT = 256;

const ALLOWED = new Set<string>(ARTICLE_TAGS);
const ATTRIBUTES = new Map<string, Set<string>>(Object.entries(ARTICLE_ATTRIBUTES).map(([tag, names]) => [tag, new Set(names)]));
const CLASSES = new Set<string>(ARTICLE_CLASSES);
const SELF_CLOSING = new Set(['img', 'br', 'hr', 'area', 'base', 'basefont', 'input', 'link', 'meta', 'col']);
/** Tags counted as media children (sanitize-html's list); only <img> is ever kept. */
const MEDIA = new Set(['img', 'audio', 'video', 'picture', 'svg', 'object', 'map', 'iframe', 'embed']);
/** Attributes whose empty value is dropped rather than written bare (the allowed ones of sanitize-html's non-boolean list). */
const NOT_EMPTY = new Set(['class', 'href', 'rel', 'title', 'colspan', 'rowspan', 'start', 'datetime']);
const VALID_ATTRIBUTE_NAME = /^[^\0\t\n\f\r /<=>]+$/;
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);
/** The attributes of a tag written with none (a closing tag, or one whose attributes were all dropped). */
export const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/** sanitize-html's (launder's) test of a URL attribute: a scheme outside the list, or a protocol-relative address. */
function naughtyHref(href: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme; comments could hide one.
  // eslint-disable-next-line no-control-regex -- the characters browsers ignore are exactly what is matched
  let clean = href.replace(/[\x00-\x20]+/g, '');
  for (let start = clean.indexOf('<!--'); start !== -1; start = clean.indexOf('<!--')) {
    const end = clean.indexOf('-->', start + 4);
    if (end === -1) break;
    clean = clean.substring(0, start) + clean.substring(end + 3);
  }
  const scheme = /^([a-zA-Z][a-zA-Z0-9.\-+]*):/.exec(clean);
  if (!scheme) return /^[/\\]{2}/.test(clean);
  return !LINK_SCHEMES.has((scheme[1] as string).toLowerCase());
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

/** Whitespace runs collapsed (not trimmed), or null once that is surely past SHORT_TEXT. */
function appendShort(short: string | null, text: string): string | null {
  if (short === null) return null;
  let joined = short + text;
  if (joined.length > SHORT_TEXT + 2) {
    joined = joined.replace(/\s+/g, ' ');
    // Two spaces may still be trimmed away.
    if (joined.length > SHORT_TEXT + 2) return null;
  }
  return joined;
}

class Frame implements SanitizerFrame {
  attribs: Record<string, string>;
  /** Concatenated as it comes (V8 joins such strings lazily); flattened only when someone reads it. */
  private content = '';
  private collapsed: string | null = '';
  mediaChildren = 0;

  constructor(
    readonly tag: string,
    attribs: Record<string, string>,
    /** Index in the output parts where this element's opening tag starts. */
    readonly position: number,
  ) {
    this.attribs = attribs;
  }

  text(): string {
    return this.content;
  }

  get shortText(): string | null {
    return this.collapsed === null ? null : this.collapsed.trim();
  }

  addText(text: string): void {
    this.content += text;
    this.collapsed = appendShort(this.collapsed, text);
  }

  /** A closed child's text becomes part of this element's. */
  adopt(child: Frame): void {
    if (!child.content) return;
    this.content += child.content;
    this.collapsed = child.collapsed === null ? null : appendShort(this.collapsed, child.collapsed);
  }
}

type Events = Pick<Handler, 'onopentag' | 'ontext' | 'onclosetag'>;

/**
 * An element of a page already parsed (by htmlparser2, with the options used here), replayed as
 * the parser's events: what parsing its serialisation again would give, without serialising and
 * parsing it. Comments and directives give no events; one pass without recursion.
 */
function replay(root: Element, events: Events): void {
  const stack: { node: ChildNode; leaving: boolean }[] = [{ node: root, leaving: false }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, leaving } = next;
    if (isText(node)) events.ontext(node.data);
    if (!isTag(node)) continue;
    if (leaving) {
      events.onclosetag(node.name, false);
      continue;
    }
    // The sanitiser's hooks may keep the attribute object; the tree's own stays as it was.
    events.onopentag(node.name, { ...node.attribs }, false);
    stack.push({ node, leaving: true });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as ChildNode, leaving: false });
  }
}

/**
 * Sanitises `html` — markup, or an element of a page already parsed — with Folio's allow-list.
 * `dropped` tags are removed with their content; other tags outside the list are removed and
 * their content kept.
 */
export function sanitizeWithAllowList(html: string | Element, dropped: ReadonlySet<string>, hooks: SanitizerHooks): string {
  return sanitizeToParts(html, dropped, hooks).parts.join('');
}

/** `sanitizeWithAllowList`, its output left in the parts and tags it was written as. */
export function sanitizeToParts(html: string | Element, dropped: ReadonlySet<string>, hooks: SanitizerHooks): SanitizedOutput {
  const out: string[] = [];
  const tags: WrittenTag[] = [];
  const stack: Frame[] = [];
  const skipped: boolean[] = [];
  let depth = 0;
  let skipText = false;
  let skipTextDepth = 0;
  // Browsers read <noscript> as raw text up to the first `</noscript`, while htmlparser2 parses
  // its content as markup and may close it early (an ancestor's end tag): until the browser's end,
  // nothing is kept, as sanitize-html does (GHSA-x3q4-9hxx-gx8m).
  let rawTextEnd: number | null = null;
  let skipRawText = false;

  const events: Events = {
    onopentag(name, parsed) {
      hooks.onOpenTag(name, parsed);
      leaveRawText();
      if (skipRawText) return;
      if (skipText) {
        skipTextDepth++;
        return;
      }
      const frame = new Frame(name, parsed, out.length);
      stack.push(frame);
      const attribs = hooks.transform(name, parsed);
      frame.attribs = attribs;
      const allowed = ALLOWED.has(name);
      skipped[depth] = !allowed;
      if (!allowed && dropped.has(name)) {
        skipText = true;
        skipTextDepth = 1;
        if (name === 'noscript' && parser) rawTextEnd = rawTextEndOf('noscript', parser.endIndex + 1);
      }
      depth++;
      if (!allowed) return;
      let tag = `<${name}`;
      let written: Record<string, string> | null = null;
      for (const [attribute, raw] of Object.entries(attribs)) {
        let value = raw;
        if (!VALID_ATTRIBUTE_NAME.test(attribute) || (value === '' && NOT_EMPTY.has(attribute))) continue;
        if (attribute === 'class') {
          value = value
            .split(/\s+/)
            .filter((c) => CLASSES.has(c))
            .join(' ');
          if (!value) continue;
        } else if (!ATTRIBUTES.get(name)?.has(attribute)) continue;
        else if (attribute === 'href' && naughtyHref(value)) continue;
        tag += value ? ` ${attribute}="${escapeAttribute(value)}"` : attribute === 'alt' ? ` ${attribute}=""` : ` ${attribute}`;
        written ??= {};
        written[attribute] = value;
      }
      tags.push({ position: out.length, name, closing: false, attributes: written ?? NO_ATTRIBUTES });
      out.push(SELF_CLOSING.has(name) ? `${tag} />` : `${tag}>`);
    },
    ontext(text) {
      leaveRawText();
      if (skipText || skipRawText) return;
      out.push(hooks.textFilter(escapeText(text)));
      stack.at(-1)?.addText(text);
    },
    onclosetag(name) {
      hooks.onCloseTag(name);
      leaveRawText();
      if (skipRawText) {
        // Still inside the browser's raw text: close only what was opened before it.
        if (stack.at(-1)?.tag !== name) return;
      } else if (skipText) {
        if (--skipTextDepth > 0) return;
        skipText = false;
        if (rawTextEnd !== null) skipRawText = true;
      }
      const frame = stack.pop();
      if (!frame) return;
      if (frame.tag !== name) {
        stack.push(frame);
        return;
      }
      skipText = false;
      depth--;
      const parent = stack.at(-1);
      if (skipped[depth]) {
        skipped[depth] = false;
        parent?.adopt(frame);
        return;
      }
      if (hooks.isRemoved(frame)) {
        out.length = frame.position;
        while (tags.length > 0 && (tags.at(-1) as WrittenTag).position >= frame.position) tags.pop();
        return;
      }
      if (parent) {
        if (MEDIA.has(frame.tag)) parent.mediaChildren++;
        parent.adopt(frame);
      }
      if (SELF_CLOSING.has(name)) return;
      tags.push({ position: out.length, name, closing: true, attributes: NO_ATTRIBUTES });
      out.push(`</${name}>`);
    },
  };

  function leaveRawText(): void {
    if (rawTextEnd !== null && parser && parser.startIndex >= rawTextEnd) {
      rawTextEnd = null;
      skipRawText = false;
    }
  }

  /** Where a browser ends a raw-text element: the first `</name` followed by whitespace, `/` or `>`. */
  function rawTextEndOf(tag: string, from: number): number {
    const end = new RegExp(`</${tag}[\\t\\n\\f\\r />]`, 'ig');
    end.lastIndex = from;
    return end.exec(source)?.index ?? Infinity;
  }

  // A parsed tree holds no raw text to re-read: its <noscript> ends where the tree says.
  const source = typeof html === 'string' ? html : '';
  const parser =
    typeof html === 'string' ? new Parser(events, { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true }) : null;
  if (parser) {
    parser.write(source);
    parser.end();
  } else replay(html as Element, events);
  return { parts: out, tags };
}
