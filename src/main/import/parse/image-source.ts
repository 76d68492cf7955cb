// Which address an <img> in a saved page really shows. Lazy-loading pages keep a
// placeholder in src and the real image in data-* attributes or a srcset (of the
// <img>, or of the <source>s of its <picture>); from a srcset the largest candidate
// up to about 2,000 px wide is taken — sharp in the reading pane, not a 6 MB
// original. Tracking pixels are recognised here so they are neither kept nor fetched.
import { hasPixelSize, isBeaconUrl } from '../../images/tracking-pixel';

/** Single-address lazy attributes, the most specific first (data-actualsrc holds the full-size image where both exist). */
const LAZY_SRC = ['data-actualsrc', 'data-original', 'data-lazy-src', 'data-src', 'data-original-src', 'data-hi-res-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset', 'srcset'];
const WIDEST_WANTED = 2000;
const DENSIEST_WANTED = 3;
/** Inline images larger than this (as text) are not kept in the library's database. */
const MAX_DATA_URL = 256 * 1024;

interface Candidate {
  url: string;
  width: number | null;
  density: number;
}

/** A srcset's candidates (the HTML standard's parsing, less its error cases): URLs may hold commas, descriptors follow. */
export function parseSrcset(srcset: string): Candidate[] {
  const candidates: Candidate[] = [];
  let at = 0;
  while (at < srcset.length) {
    while (at < srcset.length && /[\s,]/.test(srcset[at] as string)) at++;
    const urlStart = at;
    while (at < srcset.length && !/\s/.test(srcset[at] as string)) at++;
    let url = srcset.slice(urlStart, at);
    let descriptors = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const end = srcset.indexOf(',', at);
      descriptors = srcset.slice(at, end === -1 ? srcset.length : end).trim();
      at = end === -1 ? srcset.length : end + 1;
    }
    if (!url) continue;
    const width = /^(\d+)w$/i.exec(descriptors)?.[1];
    const density = /^(\d*\.?\d+)x$/i.exec(descriptors)?.[1];
    candidates.push({ url, width: width ? Number(width) : null, density: density ? Number(density) : 1 });
  }
  return candidates;
}

/** The widest candidate up to WIDEST_WANTED (else the narrowest); by density when no widths are given. */
export function bestCandidate(candidates: readonly Candidate[]): string | null {
  const sized = candidates.filter((c) => c.width !== null);
  if (sized.length > 0) {
    const fitting = sized.filter((c) => (c.width as number) <= WIDEST_WANTED);
    const pool = fitting.length > 0 ? fitting : sized;
    const pick = fitting.length > 0 ? Math.max : Math.min;
    const target = pick(...pool.map((c) => c.width as number));
    return pool.find((c) => c.width === target)?.url ?? null;
  }
  const fitting = candidates.filter((c) => c.density <= DENSIEST_WANTED);
  const pool = fitting.length > 0 ? fitting : candidates;
  return pool.reduce<Candidate | null>((best, c) => (best === null || c.density > best.density ? c : best), null)?.url ?? null;
}

/** A src that only stands in until a script swaps in the real image. */
export function isPlaceholderSrc(src: string): boolean {
  if (/^data:/i.test(src)) return src.length < 1024;
  return /(?:^|\/)(?:blank|spacer|pixel|transparent|grey|gray|empty|lazy[\w-]*|placeholder[\w-]*|loading[\w-]*)\.(?:gif|png|svg|jpe?g|webp)(?:[?#]|$)/i.test(
    src,
  );
}

function attr(attribs: Record<string, string>, name: string): string {
  return attribs[name]?.trim() ?? '';
}

/** Follows <picture> elements, so an <img> inside one also sees its <source srcset> candidates. */
export class ImageSources {
  private readonly pictures: Candidate[][] = [];

  open(name: string, attribs: Record<string, string>): void {
    if (name === 'picture') this.pictures.push([]);
    else if (name === 'source' && this.pictures.length > 0) {
      const srcset = attr(attribs, 'srcset') || attr(attribs, 'data-srcset');
      this.pictures.at(-1)?.push(...parseSrcset(srcset));
    }
  }

  close(name: string): void {
    if (name === 'picture') this.pictures.pop();
  }

  /**
   * The address to record for an <img>, or null when it must not be kept: a tracking
   * pixel, or nothing but a placeholder (or an inline image too large to keep).
   */
  pick(attribs: Record<string, string>): string | null {
    const src = attr(attribs, 'src');
    const candidates = [...(this.pictures.at(-1) ?? []), ...LAZY_SRCSET.flatMap((name) => parseSrcset(attr(attribs, name)))].filter(
      (c) => !isPlaceholderSrc(c.url),
    );
    // A lazy attribute is where the real image is put, so only an inline placeholder there is skipped.
    const lazy = LAZY_SRC.map((name) => attr(attribs, name)).find((value) => value && !(/^data:/i.test(value) && isPlaceholderSrc(value)));
    const chosen = bestCandidate(candidates) ?? lazy ?? (src && !isPlaceholderSrc(src) ? src : null);
    if (!chosen || hasPixelSize(attribs) || isBeaconUrl(chosen)) return null;
    if (/^data:/i.test(chosen) && (chosen.length > MAX_DATA_URL || !/^data:image\//i.test(chosen))) return null;
    return chosen;
  }
}
