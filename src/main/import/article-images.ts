// What an <img> in an article points at. Local images are resolved now, while
// the article's own folder is known; anything that resolves outside the
// imported folder is recorded but never used (path null), so an article cannot
// make the library copy arbitrary files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import type { ImageRef } from './parsed-article';

export interface ImageContext {
  /** Absolute path of the article file. */
  filePath: string;
  /** Absolute path of the imported folder. */
  root: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

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
  const root = path.resolve(context.root);
  for (const candidate of candidatePaths(src, context)) {
    if (isInside(root, candidate) && isFile(candidate)) return candidate;
  }
  return null;
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

/** Fills in each image's caption from the <figcaption> of the <figure> it sits in (sanitised HTML only). */
export function assignFigureCaptions(html: string, images: ImageRef[]): void {
  if (images.length === 0 || !html.includes('<figure')) return;
  const figures: { refs: number[]; caption: string[] }[] = [];
  let captionDepth = 0;
  const parser = new Parser({
    onopentag(name, attribs) {
      if (name === 'figure') figures.push({ refs: [], caption: [] });
      else if (name === 'figcaption' && figures.length > 0) captionDepth++;
      else if (name === 'img' && figures.length > 0) figures.at(-1)?.refs.push(Number(attribs['data-folio-ref']));
    },
    ontext(text) {
      if (captionDepth > 0) figures.at(-1)?.caption.push(text);
    },
    onclosetag(name) {
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
