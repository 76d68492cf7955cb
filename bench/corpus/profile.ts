// What a corpus profile decides about each generated article, and helpers the
// profiles share.
import type { ArticleMeta, Layout } from './layouts';
import type { Random } from './random';
import type { Source } from './sources';
import type { ArticleText } from './text';
import type { Language, Vocabulary } from './vocabulary';

export type ProfileName = 'realistic' | 'light';

export interface ArticleDraw {
  language: Language;
  source: Source;
  traditional: boolean;
  layout: Layout;
}

export interface CorpusProfile {
  readonly name: ProfileName;
  /** Bump when the profile's output changes, so cached corpora are regenerated. */
  readonly version: number;
  readonly sources: readonly Source[];
  /** Whether Jekyll posts sometimes show an image from the site's own folder. */
  readonly localImages: boolean;
  /** The article's language, source, script and layout: the first draws from its random stream. */
  draw(random: Random): ArticleDraw;
  /** Title and body, every string passed through `convert` (Simplified → Traditional for some articles). */
  text(random: Random, vocabulary: Vocabulary, draw: ArticleDraw, index: number, convert: ((s: string) => string) | null): ArticleText;
  /** The article's file content in meta.layout (a feed capture for duplicates). */
  render(random: Random, meta: ArticleMeta, text: ArticleText, vocabulary: Vocabulary, language: Language): string;
}

/** Of Chinese articles; ≈ 5 % of all. */
export const TRADITIONAL_SHARE = 0.06;

/** Log-normal around median with spread sigma, clamped. */
export function logNormal(random: Random, median: number, sigma: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(Math.exp(Math.log(median) + sigma * random.normal()))));
}
