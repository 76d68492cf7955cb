// DOMPurify's settings for article HTML: the same allow-list the importer applies
// (src/shared/article-html.ts), plus the markers the service and the renderer add.
// Plain data (no DOM), so a test can run it through DOMPurify in a real browser.
import type { Config } from 'dompurify';
import { ARTICLE_ATTRIBUTE_NAMES, ARTICLE_TAGS } from '../../../shared/article-html';

/** Set by a hook so an image's original src survives the attribute filter long enough to be matched. */
export const ORIGINAL_SRC = 'data-folio-src';

export const PURIFY_CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  RETURN_DOM_FRAGMENT: true,
  ALLOWED_TAGS: [...ARTICLE_TAGS],
  // class: only the search-match marks' class survives (a hook filters its value).
  ALLOWED_ATTR: [...ARTICLE_ATTRIBUTE_NAMES, 'class'],
  ALLOW_DATA_ATTR: false,
  // data-folio-image: the library image id of a downloaded image; data-folio-remote: where a
  // not-downloaded one lives (shown as the placeholder's tooltip, never loaded).
  ADD_ATTR: ['data-folio-ref', 'data-folio-image', 'data-folio-remote', 'data-hit', ORIGINAL_SRC],
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'svg', 'math', 'video', 'audio', 'source', 'picture'],
  FORBID_ATTR: ['style', 'srcset', 'sizes', 'id', 'name', 'target', 'ping', 'tabindex', 'accesskey', 'contenteditable'],
};
