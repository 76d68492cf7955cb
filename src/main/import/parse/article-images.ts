// What an <img> in an article points at. Local images are resolved now, while
// the article's own folder is known, to the file they name (path null when there
// is none). Whether that file may be copied — it must be inside the imported
// folder, links resolved — is decided where it is copied (prepare-file.ts).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CREDIT_CLASS } from '../../../shared/article-html';
import { collapseWhitespace } from './html-text';
import type { HtmlEvents } from './html-text';
import type { ImageRef } from './parsed-article';

export interface ImageContext {
  /** Absolute path of the article file. */
  filePath: string;
  /** Absolute path of the imported folder. */
  root: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function isFile(candidate: string): boolean {
  try {
    return fs.statSync(candidate, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

function safeDecodeUri(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Where a local src may point: relative to the article, or (for `/x.png`) to the site root, then the disk. */
function candidatePaths(src: string, context: ImageContext): string[] {
  if (/^file:/i.test(src)) {
    try {
      return [fileURLToPath(src)];
    } catch {
      return [];
    }
  }
  const bare = src.replace(/[?#].*$/, '');
  const spellings = [...new Set([safeDecodeUri(bare), bare])];
  const folder = path.dirname(context.filePath);
  return spellings.flatMap((spelling) =>
    spelling.startsWith('/') ? [path.join(context.root, spelling), spelling] : [path.resolve(folder, spelling)],
  );
}

function localPath(src: string, context: ImageContext): string | null {
  return candidatePaths(src, context).find(isFile) ?? null;
}

/**
 * The ImageRef for an <img src>, or null when the image must be dropped: no src,
 * and any scheme other than http(s), file or an inline data: image. Remote and
 * inline images are recorded to be downloaded (or decoded) on request; a
 * protocol-relative address keeps no scheme here, and takes its article's when fetched.
 */
export function describeImage(rawSrc: string, alt: string, title: string, context: ImageContext): ImageRef | null {
  const src = rawSrc.trim();
  if (!src) return null;
  if (/^(?:https?:)?\/\/[^/]|^data:image\//i.test(src)) return { src, kind: 'remote', path: null, alt, title, caption: '' };
  if (SCHEME.test(src) && !/^file:/i.test(src)) return null;
  return { src, kind: 'local', path: localPath(src, context), alt, title, caption: '' };
}

interface Figure {
  refs: number[];
  caption: string[];
}

/**
 * Fills in each image's caption (sanitised HTML only): from the <figcaption> of the <figure> it
 * sits in, else — when it has no title to be captioned by — from a credit (class folio-credit,
 * see sanitize.ts) that comes right after it with no text between: so a photo's credit travels
 * with the photo into the viewer. (The reading pane shows that credit under the picture anyway.)
 * It reads the sanitised HTML's events (html-text.ts), at import as the sanitiser wrote them.
 */
export class FigureCaptions implements HtmlEvents {
  private readonly figures: Figure[] = [];
  private captionDepth = 0;
  /** The last image seen with nothing but markup after it, and the credit being read for it. */
  private lastImage: number | null = null;
  private credit: { ref: number; depth: number; text: string[] } | null = null;
  private depth = 0;

  constructor(private readonly images: ImageRef[]) {}

  onopentag(name: string, attribs: Readonly<Record<string, string>>): void {
    this.depth++;
    if (name === 'figure') this.figures.push({ refs: [], caption: [] });
    else if (name === 'figcaption' && this.figures.length > 0) this.captionDepth++;
    else if (name === 'img') {
      this.lastImage = Number(attribs['data-folio-ref']);
      this.figures.at(-1)?.refs.push(this.lastImage);
    } else if (this.credit === null && this.lastImage !== null && attribs['class'] === CREDIT_CLASS) {
      this.credit = { ref: this.lastImage, depth: this.depth, text: [] };
    }
  }

  ontext(text: string): void {
    if (this.captionDepth > 0) this.figures.at(-1)?.caption.push(text);
    if (this.credit) this.credit.text.push(text);
    else if (text.trim()) this.lastImage = null;
  }

  onclosetag(name: string): void {
    if (this.credit?.depth === this.depth) {
      const image = this.images[this.credit.ref];
      if (image && !image.caption && !image.title.trim()) image.caption = collapseWhitespace(this.credit.text.join(''));
      this.credit = null;
      this.lastImage = null;
    }
    this.depth--;
    if (name === 'figcaption' && this.captionDepth > 0) this.captionDepth--;
    if (name !== 'figure') return;
    const figure = this.figures.pop();
    if (!figure) return;
    const caption = collapseWhitespace(figure.caption.join(''));
    for (const ref of figure.refs) {
      const image = this.images[ref];
      if (image) image.caption = caption;
    }
  }
}
