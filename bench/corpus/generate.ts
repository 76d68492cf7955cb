// Writes a synthetic news archive of N articles in one of the corpus profiles
// (profiles.ts): mostly Chinese, some English and Traditional, feed captures and
// Jekyll sites, a skewed length distribution, ~1% duplicates (same URL in two
// folders) and a few broken files. Every article comes from its own seeded
// stream, so the corpus is the same for a profile and seed whatever else changes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as OpenCC from 'opencc-js/cn2t';
import { postFileName, siteClutter } from './layouts';
import type { ArticleMeta, Layout } from './layouts';
import { BROKEN_KINDS, brokenFile, pngImage } from './odd-files';
import type { BrokenKind } from './odd-files';
import type { CorpusProfile, ProfileName } from './profile';
import { PROFILES } from './profiles';
import { Random } from './random';
import { articleShape, summariseShapes } from './realistic/shape';
import type { ArticleShape, ShapeSummary } from './realistic/shape';
import { sourcesOf } from './sources';
import type { SiteTemplate, Source } from './sources';
import { plainText } from './text';
import type { ArticleText } from './text';
import { PLANTED_TERMS, buildVocabulary } from './vocabulary';
import type { Language, Vocabulary } from './vocabulary';

const DUPLICATE_SHARE = 0.01;
const LOCAL_IMAGE_SHARE = 0.03;
const FIRST_DATE = Date.UTC(2015, 0, 1);
const LAST_DATE = Date.UTC(2025, 0, 1);
const AUTHORS: Record<Language, readonly string[]> = {
  zh: ['记者', '编辑部', '特约撰稿人', 'Anonymous'],
  en: ['Staff', 'Newsroom', 'Anonymous'],
};

export interface CorpusStats {
  profile: ProfileName;
  /** The profile's version: a cached corpus of another version is regenerated. */
  generatorVersion: number;
  seed: number;
  /** Distinct articles: what the library should hold after import. */
  articles: number;
  /** Article files written, duplicates included (broken files and site clutter are not). */
  files: number;
  duplicates: number;
  broken: Record<BrokenKind, number>;
  images: number;
  imageBytes: number;
  /** Characters of plain text (title and body) over the distinct articles. */
  chars: number;
  /** UTF-8 bytes of that plain text. */
  plainTextBytes: number;
  /** Everything written, in bytes. */
  bytes: number;
  languages: Record<Language, number>;
  traditional: number;
  layouts: Record<Layout, number>;
  bodyChars: { min: number; max: number; mean: number };
  /** Articles that contain each planted term. */
  planted: Record<string, number>;
  sources: number;
  /** Quantiles of the article files (duplicates and broken files left out), to compare with real archives. */
  shape: ShapeSummary;
}

export interface GenerateOptions {
  dir: string;
  profile: ProfileName;
  articles: number;
  seed: number;
  onProgress?: (done: number, total: number) => void;
}

/** Where generated files go: a folder, or (for sampling) nowhere, each file handed to a listener. */
class CorpusWriter {
  private readonly made = new Set<string>();
  bytes = 0;

  constructor(readonly root: string | null) {}

  write(path: string, content: string | Uint8Array): void {
    this.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
    if (this.root === null) return;
    const full = join(this.root, path);
    const folder = dirname(full);
    if (!this.made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.made.add(folder);
    }
    writeFileSync(full, content);
  }
}

/** File names within each folder: `NNN_<id>.txt` counters and unique post names. */
class Names {
  private readonly counters = new Map<string, number>();
  private readonly taken = new Set<string>();

  feedFile(folder: string, random: Random, extension = '.txt'): string {
    const n = this.counters.get(folder) ?? 0;
    this.counters.set(folder, n + 1);
    return `${folder}/${String(n).padStart(3, '0')}_${random.hex(16)}${extension}`;
  }

  postFile(folder: string, epochMs: number, title: string, random: Random): string {
    let path = `${folder}/_posts/${postFileName(epochMs, title)}`;
    if (this.taken.has(path)) path = path.replace(/\.md$/, `-${random.hex(4)}.md`);
    this.taken.add(path);
    return path;
  }
}

function articleUrl(random: Random, source: Source, language: Language, epochMs: number, title: string): string {
  const day = new Date(epochMs).toISOString().slice(0, 10).replace(/-/g, '');
  const slug =
    language === 'zh' ? encodeURIComponent(title.slice(0, 8)) : title.toLowerCase().split(/\W+/).filter(Boolean).slice(0, 5).join('-');
  const tracking = random.chance(0.2) ? '?utm_source=rss&utm_medium=feed' : '';
  return `https://${source.host}/${language === 'zh' ? 'cn' : 'news'}/${day}-${slug}-${random.hex(8)}${tracking}`;
}

function emptyStats(profile: CorpusProfile, seed: number): CorpusStats {
  return {
    profile: profile.name,
    generatorVersion: profile.version,
    seed,
    articles: 0,
    files: 0,
    duplicates: 0,
    broken: { empty: 0, binary: 0, 'nul-bytes': 0, 'unclosed-front-matter': 0 },
    images: 0,
    imageBytes: 0,
    chars: 0,
    plainTextBytes: 0,
    bytes: 0,
    languages: { zh: 0, en: 0 },
    traditional: 0,
    layouts: { 'feed-capture': 0, 'jekyll-feed': 0, 'jekyll-html': 0, 'jekyll-markdown': 0, 'jekyll-page': 0 },
    bodyChars: { min: Infinity, max: 0, mean: 0 },
    planted: Object.fromEntries(PLANTED_TERMS.map((t) => [t.text, 0])),
    sources: profile.sources.length,
    shape: summariseShapes([]),
  };
}

class Generator {
  readonly stats: CorpusStats;
  private readonly writer: CorpusWriter;
  private readonly names = new Names();
  private readonly vocabulary: Vocabulary;
  private readonly toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  private readonly posts = new Map<string, { title: string; file: string }[]>();
  private readonly shapes: ArticleShape[] = [];

  constructor(
    private readonly profile: CorpusProfile,
    private readonly seed: number,
    private readonly articles: number,
    dir: string | null,
    private readonly onArticle?: (article: SampledArticle) => void,
  ) {
    this.stats = emptyStats(profile, seed);
    this.writer = new CorpusWriter(dir);
    this.vocabulary = buildVocabulary(seed);
  }

  private localImage(random: Random, source: Source, layout: Layout): string | null {
    if (!this.profile.localImages || (layout !== 'jekyll-html' && layout !== 'jekyll-markdown')) return null;
    if (!random.chance(LOCAL_IMAGE_SHARE)) return null;
    const name = `${random.hex(12)}.png`;
    const png = pngImage(random);
    this.writer.write(`${source.folder}/assets/images/${name}`, png);
    this.stats.images++;
    this.stats.imageBytes += png.length;
    return `../assets/images/${name}`;
  }

  article(index: number): void {
    const random = Random.derive(this.seed, index);
    const draw = this.profile.draw(random);
    const { language, source, traditional, layout } = draw;
    const epochMs = FIRST_DATE + Math.floor(random.next() * ((LAST_DATE - FIRST_DATE) / 1000)) * 1000;
    const text = this.profile.text(random, this.vocabulary, draw, index, traditional ? this.toTraditional : null);
    const meta: ArticleMeta = {
      source,
      layout,
      epochMs,
      url: articleUrl(random, source, language, epochMs, text.title),
      image: this.localImage(random, source, layout),
      author: random.pick(AUTHORS[language]),
    };
    const file =
      source.kind === 'feed' ? this.names.feedFile(source.folder, random) : this.names.postFile(source.folder, epochMs, text.title, random);
    const content = this.profile.render(random, meta, text, this.vocabulary, language);
    this.writer.write(file, content);
    const template = layout === 'jekyll-page' ? (source.template ?? null) : null;
    this.onArticle?.({ path: file, content, text: plainText(text), layout, template, language });
    if (source.kind === 'jekyll') {
      const list = this.posts.get(source.folder) ?? [];
      if (list.length < 30) list.push({ title: text.title, file: relative(source.folder, file) });
      this.posts.set(source.folder, list);
    }
    this.stats.files++;
    if (random.chance(DUPLICATE_SHARE)) this.duplicate(random, meta, text, language);
    this.count(language, traditional, layout, text, content);
  }

  /** The same article captured again by another feed folder: same URL, maybe other tracking parameters. */
  private duplicate(random: Random, meta: ArticleMeta, text: ArticleText, language: Language): void {
    const others = sourcesOf(meta.source.language, this.profile.sources).filter((s) => s.kind === 'feed' && s !== meta.source);
    const other = random.pick(others);
    const file = this.names.feedFile(other.folder, random);
    const copy: ArticleMeta = { ...meta, source: other, layout: 'feed-capture' };
    this.writer.write(file, this.profile.render(random, copy, text, this.vocabulary, language));
    this.stats.files++;
    this.stats.duplicates++;
  }

  private count(language: Language, traditional: boolean, layout: Layout, text: ArticleText, content: string): void {
    const s = this.stats;
    const plain = plainText(text);
    this.shapes.push(articleShape(content, plain));
    const body = plain.length - text.title.length - 1;
    s.articles++;
    s.chars += plain.length;
    s.plainTextBytes += Buffer.byteLength(plain);
    s.languages[language]++;
    if (traditional) s.traditional++;
    s.layouts[layout]++;
    s.bodyChars.min = Math.min(s.bodyChars.min, body);
    s.bodyChars.max = Math.max(s.bodyChars.max, body);
    s.bodyChars.mean += body;
    for (const term of text.planted) s.planted[term] = (s.planted[term] ?? 0) + 1;
  }

  broken(count: number): void {
    const feeds = this.profile.sources.filter((s) => s.kind === 'feed');
    const sites = this.profile.sources.filter((s) => s.kind === 'jekyll');
    for (let k = 0; k < count; k++) {
      const random = Random.derive(this.seed, this.articles + k);
      const kind = BROKEN_KINDS[k % BROKEN_KINDS.length] as BrokenKind;
      const { extension, content } = brokenFile(random, kind);
      const path =
        kind === 'unclosed-front-matter'
          ? `${random.pick(sites).folder}/_posts/2020-01-01-broken-${k}${extension}`
          : this.names.feedFile(random.pick(feeds).folder, random, extension);
      this.writer.write(path, content);
      this.stats.broken[kind]++;
    }
  }

  clutter(): void {
    for (const source of this.profile.sources.filter((s) => s.kind === 'jekyll')) {
      for (const file of siteClutter(source, this.posts.get(source.folder) ?? []))
        this.writer.write(`${source.folder}/${file.path}`, file.content);
    }
  }

  finish(): CorpusStats {
    const s = this.stats;
    s.bytes = this.writer.bytes;
    s.bodyChars.mean = s.articles > 0 ? Math.round(s.bodyChars.mean / s.articles) : 0;
    if (s.articles === 0) s.bodyChars.min = 0;
    s.shape = summariseShapes(this.shapes);
    return s;
  }
}

/** A few broken files: one in two thousand articles, at least one of each kind. */
export function brokenCount(articles: number): number {
  return Math.max(BROKEN_KINDS.length, Math.round(articles / 2000));
}

export function generateCorpus(options: GenerateOptions): CorpusStats {
  const generator = new Generator(PROFILES[options.profile], options.seed, options.articles, options.dir);
  for (let i = 0; i < options.articles; i++) {
    generator.article(i);
    if ((i + 1) % 1000 === 0) options.onProgress?.(i + 1, options.articles);
  }
  generator.broken(brokenCount(options.articles));
  generator.clutter();
  return generator.finish();
}

export interface SampledArticle {
  /** Where the corpus would hold it. */
  path: string;
  content: string;
  /** The plain text an importer should extract. */
  text: string;
  layout: Layout;
  template: SiteTemplate | null;
  language: Language;
}

/** The articles at the given indices of a corpus, generated in memory (nothing is written), and their shape. */
export function sampleArticles(
  profile: ProfileName,
  seed: number,
  indices: readonly number[],
): { articles: SampledArticle[]; shape: ShapeSummary } {
  const articles: SampledArticle[] = [];
  const generator = new Generator(PROFILES[profile], seed, Math.max(0, ...indices) + 1, null, (a) => articles.push(a));
  for (const i of indices) generator.article(i);
  return { articles, shape: generator.finish().shape };
}
