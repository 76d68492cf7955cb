// The light profile: the benchmark's first corpus — feed captures and Jekyll
// posts of ~6 KB, 2,000 characters on average, 15 % English. Real archives are
// heavier (see realistic/); this one is kept so figures compare with earlier runs.
import { feedCapture, jekyllPost } from './layouts';
import type { Layout } from './layouts';
import { TRADITIONAL_SHARE, logNormal } from './profile';
import type { CorpusProfile } from './profile';
import { SOURCES, sourcesOf } from './sources';
import { writeArticleText } from './text';
import type { ArticleText } from './text';
import type { Language } from './vocabulary';

const LIGHT_ENGLISH_SHARE = 0.15;
/** Lengths are log-normal (median 1,500, σ 0.75) clamped to 500–15,000: the mean is about 2,000. */
const LIGHT_MEDIAN_CHARS = 1500;
const LIGHT_LENGTH_SIGMA = 0.75;
const LIGHT_MIN_CHARS = 500;
/** Leaves room under 15,000 for the last sentence and planted terms. */
const LIGHT_MAX_TARGET_CHARS = 14_700;
const JEKYLL_LAYOUTS: readonly Layout[] = [
  'jekyll-feed',
  'jekyll-feed',
  'jekyll-feed',
  'jekyll-feed',
  'jekyll-feed',
  'jekyll-html',
  'jekyll-html',
  'jekyll-html',
  'jekyll-markdown',
  'jekyll-markdown',
];

export function converted(text: ArticleText, convert: ((s: string) => string) | null): ArticleText {
  return convert ? { ...text, title: convert(text.title), paragraphs: text.paragraphs.map(convert) } : text;
}

export const LIGHT_PROFILE: CorpusProfile = {
  name: 'light',
  version: 1,
  sources: SOURCES,
  localImages: true,
  draw(random) {
    const language: Language = random.chance(LIGHT_ENGLISH_SHARE) ? 'en' : 'zh';
    const source = random.pick(sourcesOf(language));
    const traditional = language === 'zh' && random.chance(TRADITIONAL_SHARE);
    const layout: Layout = source.kind === 'feed' ? 'feed-capture' : random.pick(JEKYLL_LAYOUTS);
    return { language, source, traditional, layout };
  },
  text(random, vocabulary, { language }, index, convert) {
    const target = logNormal(random, LIGHT_MEDIAN_CHARS, LIGHT_LENGTH_SIGMA, LIGHT_MIN_CHARS, LIGHT_MAX_TARGET_CHARS);
    return converted(writeArticleText(random, vocabulary, language, target, index), convert);
  },
  render(random, meta, text) {
    return meta.layout === 'feed-capture' ? feedCapture(random, meta, text) : jekyllPost(random, meta, text);
  },
};
