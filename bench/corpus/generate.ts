// Writes a synthetic news archive of N articles (see the bench brief): mostly
// Chinese, some English and Traditional, feed captures and Jekyll sites, a
// skewed length distribution, ~1% duplicates (same URL in two folders) and a
// few broken files. Every article comes from its own seeded stream, so the
// corpus is the same for a seed whatever else changes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as OpenCC from 'opencc-js/cn2t';
import { feedCapture, jekyllPost, postFileName, siteClutter } from './layouts';
import type { ArticleMeta, Layout } from './layouts';
import { BROKEN_KINDS, brokenFile, pngImage } from './odd-files';
import type { BrokenKind } from './odd-files';
import { Random } from './random';
import { SOURCES, sourcesOf } from './sources';
import type { Source } from './sources';
import { plainText, writeArticleText } from './text';
import type { ArticleText } from './text';
import { PLANTED_TERMS, buildVocabulary } from './vocabulary';
import type { Language, Vocabulary } from './vocabulary';

/** Bump when the output changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 1;

const ENGLISH_SHARE = 0.15;
/** Of Chinese articles; ≈ 5 % of all. */
const TRADITIONAL_SHARE = 0.06;
const DUPLICATE_SHARE = 0.01;
const LOCAL_IMAGE_SHARE = 0.03;
const FIRST_DATE = Date.UTC(2015, 0, 1);
const LAST_DATE = Date.UTC(2025, 0, 1);
/** Lengths are log-normal (median 1,500, σ 0.75) clamped to 500–15,000: the mean is about 2,000. */
const MEDIAN_CHARS = 1500;
const LENGTH_SIGMA = 0.75;
const MIN_CHARS = 500;
/** Leaves room under 15,000 for the last sentence and planted terms. */
const MAX_TARGET_CHARS = 14_700;
const JEKYLL_LAYOUTS: readonly Layout[] = ['jekyll-feed', 'jekyll-feed', 'jekyll-feed', 'jekyll-feed', 'jekyll-feed', 'jekyll-html', 'jekyll-html', 'jekyll-html', 'jekyll-markdown', 'jekyll-markdown'];
const AUTHORS: Record<Language, readonly string[]> = { zh: ['记者', '编辑部', '特约撰稿人', 'Anonymous'], en: ['Staff', 'Newsroom', 'Anonymous'] };

export interface CorpusStats {
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
}

export interface GenerateOptions {
  dir: string;
  articles: number;
  seed: number;
  onProgress?: (done: number, total: number) => void;
}

class CorpusWriter {
  private readonly made = new Set<string>();
  bytes = 0;

  constructor(readonly root: string) {}

  write(path: string, content: string | Uint8Array): void {
    const full = join(this.root, path);
    const folder = dirname(full);
    if (!this.made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.made.add(folder);
    }
    writeFileSync(full, content);
    this.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
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
  const slug = language === 'zh' ? encodeURIComponent(title.slice(0, 8)) : title.toLowerCase().split(/\W+/).filter(Boolean).slice(0, 5).join('-');
  const tracking = random.chance(0.2) ? '?utm_source=rss&utm_medium=feed' : '';
  return `https://${source.host}/${language === 'zh' ? 'cn' : 'news'}/${day}-${slug}-${random.hex(8)}${tracking}`;
}

function lengthTarget(random: Random): number {
  const chars = Math.round(Math.exp(Math.log(MEDIAN_CHARS) + LENGTH_SIGMA * random.normal()));
  return Math.min(MAX_TARGET_CHARS, Math.max(MIN_CHARS, chars));
}

function emptyStats(seed: number): CorpusStats {
  return {
    generatorVersion: GENERATOR_VERSION,
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
    layouts: { 'feed-capture': 0, 'jekyll-feed': 0, 'jekyll-html': 0, 'jekyll-markdown': 0 },
    bodyChars: { min: Infinity, max: 0, mean: 0 },
    planted: Object.fromEntries(PLANTED_TERMS.map((t) => [t.text, 0])),
    sources: SOURCES.length,
  };
}

class Generator {
  readonly stats: CorpusStats;
  private readonly writer: CorpusWriter;
  private readonly names = new Names();
  private readonly vocabulary: Vocabulary;
  private readonly toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  private readonly posts = new Map<string, { title: string; file: string }[]>();

  constructor(private readonly o: GenerateOptions) {
    this.stats = emptyStats(o.seed);
    this.writer = new CorpusWriter(o.dir);
    this.vocabulary = buildVocabulary(o.seed);
  }

  private text(random: Random, language: Language, index: number, traditional: boolean): ArticleText {
    const text = writeArticleText(random, this.vocabulary, language, lengthTarget(random), index);
    if (!traditional) return text;
    return { ...text, title: this.toTraditional(text.title), paragraphs: text.paragraphs.map((p) => this.toTraditional(p)) };
  }

  private localImage(random: Random, source: Source, layout: Layout): string | null {
    if ((layout !== 'jekyll-html' && layout !== 'jekyll-markdown') || !random.chance(LOCAL_IMAGE_SHARE)) return null;
    const name = `${random.hex(12)}.png`;
    const png = pngImage(random);
    this.writer.write(`${source.folder}/assets/images/${name}`, png);
    this.stats.images++;
    this.stats.imageBytes += png.length;
    return `../assets/images/${name}`;
  }

  article(index: number): void {
    const random = Random.derive(this.o.seed, index);
    const language: Language = random.chance(ENGLISH_SHARE) ? 'en' : 'zh';
    const source = random.pick(sourcesOf(language));
    const traditional = language === 'zh' && random.chance(TRADITIONAL_SHARE);
    const layout: Layout = source.kind === 'feed' ? 'feed-capture' : random.pick(JEKYLL_LAYOUTS);
    const epochMs = FIRST_DATE + Math.floor(random.next() * ((LAST_DATE - FIRST_DATE) / 1000)) * 1000;
    const text = this.text(random, language, index, traditional);
    const meta: ArticleMeta = {
      source,
      layout,
      epochMs,
      url: articleUrl(random, source, language, epochMs, text.title),
      image: this.localImage(random, source, layout),
      author: random.pick(AUTHORS[language]),
    };
    if (source.kind === 'feed') {
      this.writer.write(this.names.feedFile(source.folder, random), feedCapture(random, meta, text));
    } else {
      const file = this.names.postFile(source.folder, epochMs, text.title, random);
      this.writer.write(file, jekyllPost(random, meta, text));
      const list = this.posts.get(source.folder) ?? [];
      if (list.length < 30) list.push({ title: text.title, file: relative(source.folder, file) });
      this.posts.set(source.folder, list);
    }
    this.stats.files++;
    if (random.chance(DUPLICATE_SHARE)) this.duplicate(random, meta, text);
    this.count(language, traditional, layout, text);
  }

  /** The same article captured again by another feed folder: same URL, maybe other tracking parameters. */
  private duplicate(random: Random, meta: ArticleMeta, text: ArticleText): void {
    const others = sourcesOf(meta.source.language).filter((s) => s.kind === 'feed' && s !== meta.source);
    const other = random.pick(others);
    this.writer.write(this.names.feedFile(other.folder, random), feedCapture(random, { ...meta, source: other, layout: 'feed-capture' }, text));
    this.stats.files++;
    this.stats.duplicates++;
  }

  private count(language: Language, traditional: boolean, layout: Layout, text: ArticleText): void {
    const s = this.stats;
    const plain = plainText(text);
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
    const feeds = SOURCES.filter((s) => s.kind === 'feed');
    const sites = SOURCES.filter((s) => s.kind === 'jekyll');
    for (let k = 0; k < count; k++) {
      const random = Random.derive(this.o.seed, this.o.articles + k);
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
    for (const source of SOURCES.filter((s) => s.kind === 'jekyll')) {
      for (const file of siteClutter(source, this.posts.get(source.folder) ?? [])) this.writer.write(`${source.folder}/${file.path}`, file.content);
    }
  }

  finish(): CorpusStats {
    const s = this.stats;
    s.bytes = this.writer.bytes;
    s.bodyChars.mean = s.articles > 0 ? Math.round(s.bodyChars.mean / s.articles) : 0;
    if (s.articles === 0) s.bodyChars.min = 0;
    return s;
  }
}

/** A few broken files: one in two thousand articles, at least one of each kind. */
export function brokenCount(articles: number): number {
  return Math.max(BROKEN_KINDS.length, Math.round(articles / 2000));
}

export function generateCorpus(options: GenerateOptions): CorpusStats {
  const generator = new Generator(options);
  for (let i = 0; i < options.articles; i++) {
    generator.article(i);
    if ((i + 1) % 1000 === 0) options.onProgress?.(i + 1, options.articles);
  }
  generator.broken(brokenCount(options.articles));
  generator.clutter();
  return generator.finish();
}
