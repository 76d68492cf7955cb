// What stored article HTML may contain: the one allow-list for the importer's sanitiser
// (allow-list-sanitizer.ts, main process) and the renderer's second pass (DOMPurify). Anything not
// here — `background`, `style`, event handlers, `srcset` — is dropped by both.

export const ARTICLE_TAGS = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'code',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'a',
  'img',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'colgroup',
  'col',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'span',
  'div',
  'time',
] as const;

/** Attributes per tag; no tag keeps any other. */
export const ARTICLE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'rel', 'title'],
  img: ['alt', 'title', 'data-folio-ref'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  ol: ['start'],
  time: ['datetime'],
};

/** A photo credit or caption, marked at import so the reader can show it apart from the text. */
export const CREDIT_CLASS = 'folio-credit';

/** The only classes stored article HTML may carry (any tag). */
export const ARTICLE_CLASSES = [CREDIT_CLASS] as const;

/** Every attribute name the allow-list keeps on some tag (DOMPurify takes one flat list). */
export const ARTICLE_ATTRIBUTE_NAMES = [...new Set(Object.values(ARTICLE_ATTRIBUTES).flat())];
