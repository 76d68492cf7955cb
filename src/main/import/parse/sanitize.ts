// Article HTML comes from the internet: it is reduced to an allowlist of text
// structure before it is stored. The same sanitising pass also drops site
// clutter (for raw pages), numbers the images and removes a first <h1> that only
// repeats the title, rather than each of those parsing the HTML again.
import type { Element } from 'domhandler';
import { CREDIT_CLASS } from '../../../shared/article-html';
import { sanitizeToParts } from './allow-list-sanitizer';
import type { SanitizedOutput, SanitizerFrame } from './allow-list-sanitizer';
import { FigureCaptions, describeImage } from './article-images';
import type { ImageContext } from './article-images';
import { isClutter } from './clutter';
import { isHiddenElement, isImageFileName } from './hidden';
import { collapseWhitespace, writtenTextAndLinks } from './html-text';
import { ImageSources } from './image-source';
import type { LinkMeasure } from './list-page';
import type { ImageRef } from './parsed-article';

export interface SanitizeOptions extends ImageContext {
  /** The title when already known: a first <h1> saying the same is dropped. When null, the first <h1> becomes the headline. */
  title: string | null;
  /** Drop navigation, share buttons, "submitted on" lines and the like (raw page HTML). */
  dropClutter: boolean;
  /** Classes the page's own stylesheet hides (hidden.ts): elements carrying one are dropped like any hidden element. */
  hiddenClasses: ReadonlySet<string>;
}

export interface SanitizedBody {
  html: string;
  images: ImageRef[];
  /** Text of the first <h1>, removed from html because it is (or, with no title known, becomes) the title. */
  headline: string | null;
  /** The plain text of html (html-text.ts), read from the same pass. */
  text: string;
  /** How much of html is links (list-page.ts). */
  links: LinkMeasure;
}

/** Removed together with everything inside them: their content is code, chrome or an attack surface, never article text. */
export const DROPPED_WITH_CONTENT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'option',
  'select',
  'xmp',
  'iframe',
  'frame',
  'frameset',
  'noframes',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'head',
  'title',
  'meta',
  'base',
  'link',
  'dialog',
]);

const LINK_SCHEME = /^(?:https?:|mailto:)/i;
/** Class names sites give photo credits and captions. */
const CREDIT_NAMES = /(?:^|[\s_-])(?:caption|credits?|photo-?credit|image-?credit|wp-caption-text)(?=$|[\s_-])/i;
/** Text that opens like a credit: "Photo: Reuters", "图片来源：路透社". */
const CREDIT_TEXT = /^\s*(?:photo(?:graph)?|credit|image|source|图片来源|图片|图|摄影|来源)\s*[:：]/i;
/** Elements written with no attributes that are marked a credit by their text. */
const CREDIT_BY_TEXT = new Set(['p', 'div', 'span', 'small']);

function linkAttributes(attribs: Record<string, string>): Record<string, string> {
  let href = attribs['href']?.trim() ?? '';
  if (href.startsWith('//')) href = `https:${href}`;
  const kept: Record<string, string> = {};
  if (LINK_SCHEME.test(href)) {
    kept['href'] = href;
    kept['rel'] = 'noopener noreferrer';
  }
  if (attribs['title']) kept['title'] = attribs['title'];
  return kept;
}

/**
 * Marks the plain paragraphs (divs, spans) whose text opens like a credit, in the output's parts
 * and tags alike, so the HTML and the text read from the tags agree. A tag's text is the parts up
 * to the next tag: what a pattern run over the joined HTML would see after it.
 */
function markCreditsByText(output: SanitizedOutput): void {
  const { parts, tags } = output;
  tags.forEach((tag, i) => {
    if (tag.closing || !CREDIT_BY_TEXT.has(tag.name) || parts[tag.position] !== `<${tag.name}>`) return;
    const next = tags[i + 1]?.position ?? parts.length;
    if (!CREDIT_TEXT.test(parts.slice(tag.position + 1, next).join(''))) return;
    const attributes = { class: CREDIT_CLASS };
    parts[tag.position] = `<${tag.name} class="${CREDIT_CLASS}">`;
    tags[i] = { ...tag, attributes };
  });
}

/**
 * Tracks where the parser is relative to what is dropped with its content: site chrome
 * (raw pages only) and anything the page hides (always). The sanitiser calls its
 * open/close hooks for every element, skipped ones included, so the depth here
 * always matches the parser's.
 */
class ClutterTracker {
  private depth = 0;
  private clutterDepth = 0;

  constructor(
    private readonly dropChrome: boolean,
    private readonly hiddenClasses: ReadonlySet<string>,
  ) {}

  get inside(): boolean {
    return this.clutterDepth > 0;
  }

  open(name: string, attribs: Record<string, string>): void {
    this.depth++;
    if (this.clutterDepth !== 0) return;
    if ((this.dropChrome && isClutter(name, attribs)) || isHiddenElement(attribs, this.hiddenClasses)) this.clutterDepth = this.depth;
  }

  close(): void {
    if (this.depth === this.clutterDepth) this.clutterDepth = 0;
    this.depth--;
  }
}

export function sanitizeArticleHtml(html: string | Element, options: SanitizeOptions): SanitizedBody {
  const images: ImageRef[] = [];
  let headline: string | null = null;
  let firstHeadingSeen = false;
  const wantedTitle = options.title === null ? null : collapseWhitespace(options.title);
  const clutter = new ClutterTracker(options.dropClutter, options.hiddenClasses);
  const sources = new ImageSources();
  // Elements to remove with their content are marked by their attribute object, which the sanitiser keeps on its frame.
  const doomed = new WeakSet<object>();
  const doom = (): Record<string, string> => {
    const marker: Record<string, string> = {};
    doomed.add(marker);
    return marker;
  };

  const transform = (tagName: string, attribs: Record<string, string>): Record<string, string> => {
    if (clutter.inside) return doom();
    if (tagName === 'a') return linkAttributes(attribs);
    if (tagName === 'figcaption' || CREDIT_NAMES.test(attribs['class'] ?? '')) return { class: CREDIT_CLASS };
    if (tagName !== 'img') return attribs;
    const alt = attribs['alt'] ?? '';
    const title = attribs['title'] ?? '';
    const src = sources.pick(attribs);
    const image = src === null ? null : describeImage(src, alt, title, options);
    if (!image) return doom();
    const kept: Record<string, string> = { alt, 'data-folio-ref': String(images.length) };
    if (title) kept['title'] = title;
    images.push(image);
    return kept;
  };

  const isRemoved = (frame: SanitizerFrame): boolean => {
    if (doomed.has(frame.attribs)) return true;
    // An image's file name alone in a heading or caption is a template's leftover, not text.
    if (frame.mediaChildren === 0 && frame.shortText !== null && isImageFileName(frame.shortText)) return true;
    if (frame.tag !== 'h1' || firstHeadingSeen) return false;
    firstHeadingSeen = true;
    const text = collapseWhitespace(frame.text());
    // A heading that holds an image is content, whatever it says.
    if (!text || frame.mediaChildren > 0) return false;
    if (wantedTitle !== null && text !== wantedTitle) return false;
    headline = text;
    return true;
  };

  const output = sanitizeToParts(html, DROPPED_WITH_CONTENT, {
    transform,
    isRemoved,
    textFilter: (text) => (clutter.inside ? '' : text),
    onOpenTag: (name, attribs) => {
      clutter.open(name, attribs);
      sources.open(name, attribs);
    },
    onCloseTag: (name) => {
      clutter.close();
      sources.close(name);
    },
  });
  markCreditsByText(output);
  const captions = images.length > 0 ? new FigureCaptions(images) : null;
  return { html: output.parts.join('').trim(), images, headline, ...writtenTextAndLinks(output, captions) };
}
