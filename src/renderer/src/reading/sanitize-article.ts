// The article body is sanitised at import; it is sanitised again here (defence in depth), and
// then made safe to show: only the library's own images load, links never navigate by themselves.
import DOMPurify from 'dompurify';
import type { ArticleImage } from '../../../shared/model';
import { dressImages } from './article-figures';
import { ORIGINAL_SRC, PURIFY_CONFIG } from './article-purify-config';
import { missingImage } from './missing-image';
import type { MissingImageOptions } from './missing-image';

const purify = DOMPurify(window);

/** The only class an article may carry: the search-match marks the service adds. */
const ALLOWED_CLASSES = new Set(['folio-hit']);
const SAFE_LINK = /^(?:https?:|mailto:)/i;

purify.addHook('uponSanitizeElement', (node) => {
  if (node instanceof HTMLImageElement) node.setAttribute(ORIGINAL_SRC, node.getAttribute('src') ?? '');
});

purify.addHook('uponSanitizeAttribute', (_node, data) => {
  // App styles must not apply to article content (an article could otherwise dress up as the UI).
  if (data.attrName !== 'class') return;
  const kept = data.attrValue.split(/\s+/).filter((name) => ALLOWED_CLASSES.has(name));
  if (kept.length > 0) data.attrValue = kept.join(' ');
  else data.keepAttr = false;
});

export interface SanitizeOptions {
  images: readonly ArticleImage[];
  /** How an image the library does not hold is shown instead. */
  missing: MissingImageOptions;
  /** Compared with alt texts: an alt that only repeats the title is no caption. */
  articleTitle: string;
  /** Accessible name of a clickable image; {n} is its number. */
  openImageLabel(n: number): string;
}

/** Which of the article's downloaded images an <img> shows, by library id, else by URL; -1 if none. */
function findImage(img: Element, images: readonly ArticleImage[]): number {
  const id = img.getAttribute('data-folio-image');
  const byId = id ? images.findIndex((image) => image.id === id) : -1;
  const src = img.getAttribute(ORIGINAL_SRC);
  return byId >= 0 || !src ? byId : images.findIndex((image) => image.url === src);
}

/** A safe fragment of the article: library images get their URL from the service and a caption, others a stand-in. */
export function sanitizeArticle(html: string, options: SanitizeOptions): DocumentFragment {
  const fragment = purify.sanitize(html, PURIFY_CONFIG);
  for (const img of Array.from(fragment.querySelectorAll('img'))) {
    const index = findImage(img, options.images);
    const image = options.images[index];
    if (!image) {
      img.replaceWith(missingImage(img, options.missing));
      continue;
    }
    img.removeAttribute(ORIGINAL_SRC);
    img.removeAttribute('data-folio-remote');
    img.setAttribute('src', image.url);
    img.setAttribute('data-viewer-index', String(index));
    img.setAttribute('tabindex', '0');
    img.setAttribute('role', 'button');
    img.setAttribute('aria-label', image.alt || image.caption || options.openImageLabel(index + 1));
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
  }
  dressImages(fragment, options.images, options.articleTitle);
  for (const link of Array.from(fragment.querySelectorAll('a'))) {
    const href = link.getAttribute('href') ?? '';
    if (SAFE_LINK.test(href)) {
      link.setAttribute('rel', 'noreferrer noopener');
      link.setAttribute('title', href);
    } else {
      link.removeAttribute('href');
    }
  }
  return fragment;
}

/** Distinct match numbers in document order (marks sharing a data-hit are one match split by markup). */
export function collectMatchHits(root: ParentNode): number[] {
  const hits = new Set<number>();
  for (const mark of Array.from(root.querySelectorAll('mark[data-hit]'))) {
    const hit = Number(mark.getAttribute('data-hit'));
    if (Number.isFinite(hit)) hits.add(hit);
  }
  return [...hits];
}
