// The shape of an archive's article files — sizes, text lengths, markup per
// character of text, tags, images, Latin share — as quantiles, with the figures
// measured on a real archive of 5,685 posts (issue 16) to hold a corpus against.

export interface ArticleShape {
  fileBytes: number;
  textChars: number;
  tags: number;
  images: number;
  /** Latin letters as a share of the text's characters. */
  latinShare: number;
}

export interface Quantiles {
  p50: number;
  p90: number;
  p99: number;
}

export interface ShapeSummary {
  articles: number;
  fileBytes: Quantiles;
  textChars: Quantiles;
  /** File bytes per character of text: how much of a file is markup and site chrome. */
  bytesPerChar: Quantiles;
  tags: Quantiles;
  images: Quantiles;
  latinShare: Quantiles;
}

type Target = Partial<Quantiles>;

/** Measured over the real archive's posts (issue 16, PERFORMANCE.md). */
export const REAL_ARCHIVE: Record<Exclude<keyof ShapeSummary, 'articles'>, Target> = {
  fileBytes: { p50: 21_500, p90: 52_000, p99: 175_000 },
  textChars: { p50: 3460, p90: 10_400, p99: 28_600 },
  bytesPerChar: { p50: 5.9, p90: 10.6 },
  tags: { p50: 139, p90: 316 },
  images: { p50: 3, p90: 14 },
  latinShare: { p50: 0.08, p90: 0.27 },
};

function count(text: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) n++;
  return n;
}

export function latinLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

/** content: the file as written; text: the article's plain text (title and body). */
export function articleShape(content: string, text: string): ArticleShape {
  return {
    fileBytes: Buffer.byteLength(content),
    textChars: text.length,
    tags: count(content, /<[a-zA-Z]/g),
    images: count(content, /<img[\s>]/gi),
    latinShare: text.length > 0 ? latinLetters(text) / text.length : 0,
  };
}

function quantiles(values: number[]): Quantiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number): number =>
    sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number);
  return { p50: at(0.5), p90: at(0.9), p99: at(0.99) };
}

export function summariseShapes(shapes: readonly ArticleShape[]): ShapeSummary {
  const of = (f: (s: ArticleShape) => number): Quantiles => quantiles(shapes.map(f));
  return {
    articles: shapes.length,
    fileBytes: of((s) => s.fileBytes),
    textChars: of((s) => s.textChars),
    bytesPerChar: of((s) => (s.textChars > 0 ? s.fileBytes / s.textChars : 0)),
    tags: of((s) => s.tags),
    images: of((s) => s.images),
    latinShare: of((s) => s.latinShare),
  };
}
