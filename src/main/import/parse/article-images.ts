// What an <img> in an article points at. Local images are resolved now, while
// the article's own folder is known, to the file they name (path null when there
// is none). Whether that file may be copied — it must be inside the imported
// folder, links resolved — is decided where it is copied (prepare-file.ts).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import { CREDIT_CLASS } from '../../../shared/article-html';
import type { ImageRef } from './parsed-article';

export interface ImageContext {
  /** Absolute path of the article file. */
  filePath: string;
  /** Absolute path of the imported folder. */
  root: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const CREDIT_MARK = `class="${CREDIT_CLASS}"`;

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

/**
 * Fills in each image's caption (sanitised HTML only): from the <figcaption> of the <figure> it
 * sits in, else — when it has no title to be captioned by — from a credit (class folio-credit,
 * see sanitize.ts) that comes right after it with no text between: so a photo's credit travels
 * with the photo into the viewer. (The reading pane shows that credit under the picture anyway.)
 */
export function assignFigureCaptions(html: string, images: ImageRef[]): void {
  if (images.length === 0 || (!html.includes('<figure') && !html.includes(CREDIT_MARK))) return;
  const figures: { refs: number[]; caption: string[] }[] = [];
  let captionDepth = 0;
  /** The last image seen with nothing but markup after it, and the credit being read for it. */
  let lastImage: number | null = null;
  let credit: { ref: number; depth: number; text: string[] } | null = null;
  let depth = 0;
  const parser = new Parser({
    onopentag(name, attribs) {
      depth++;
      if (name === 'figure') figures.push({ refs: [], caption: [] });
      else if (name === 'figcaption' && figures.length > 0) captionDepth++;
      else if (name === 'img') {
        lastImage = Number(attribs['data-folio-ref']);
        if (figures.length > 0) figures.at(-1)?.refs.push(lastImage);
      } else if (credit === null && lastImage !== null && attribs['class'] === CREDIT_CLASS) credit = { ref: lastImage, depth, text: [] };
    },
    ontext(text) {
      if (captionDepth > 0) figures.at(-1)?.caption.push(text);
      if (credit) credit.text.push(text);
      else if (text.trim()) lastImage = null;
    },
    onclosetag(name) {
      if (credit?.depth === depth) {
        const image = images[credit.ref];
        const text = credit.text.join('').replace(/\s+/g, ' ').trim();
        if (image && !image.caption && !image.title.trim()) image.caption = text;
        credit = null;
        lastImage = null;
      }
      depth--;
      if (name === 'figcaption' && captionDepth > 0) captionDepth--;
      if (name !== 'figure') return;
      const figure = figures.pop();
      if (!figure) return;
      const caption = figure.caption.join('').replace(/\s+/g, ' ').trim();
      for (const ref of figure.refs) {
        const image = images[ref];
        if (image) image.caption = caption;
      }
    },
  });
  parser.write(html);
  parser.end();
}
