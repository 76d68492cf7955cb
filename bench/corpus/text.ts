// The words of one article: a title and paragraphs of plain text of about the
// asked length, with the planted terms put in at word boundaries.
import { bodyText } from './realistic/blocks';
import type { Block } from './realistic/blocks';
import type { Random } from './random';
import { PLANTED_TERMS } from './vocabulary';
import type { Language, Lexicon, Vocabulary } from './vocabulary';

export interface ArticleText {
  title: string;
  paragraphs: string[];
  /** The planted terms this article contains. */
  planted: string[];
  /** The body as blocks (realistic profile); without them the paragraphs are the body. */
  blocks?: Block[];
}

/** The plain text the importer should extract: what corpus statistics count. */
export function plainText(text: ArticleText): string {
  return `${text.title}\n${text.blocks ? bodyText(text.blocks) : text.paragraphs.join('\n')}`;
}

export function word(random: Random, lexicon: Lexicon): string {
  return lexicon.words[lexicon.sampler.sample(random)] as string;
}

function chineseSentence(random: Random, lexicon: Lexicon): string {
  const words = random.int(6, 20);
  let out = '';
  let sinceComma = 0;
  for (let i = 0; i < words; i++) {
    if (random.chance(0.03)) out += random.chance(0.5) ? `${random.int(1990, 2024)}年` : `${random.int(2, 99)}%`;
    out += word(random, lexicon);
    sinceComma++;
    if (i < words - 1 && sinceComma >= 2 && random.chance(0.3)) {
      out += random.chance(0.85) ? '，' : '、';
      sinceComma = 0;
    }
  }
  if (random.chance(0.08)) out = `“${out}”`;
  const end = random.next();
  return out + (end < 0.88 ? '。' : end < 0.94 ? '？' : '！');
}

export function englishSentence(random: Random, lexicon: Lexicon): string {
  const count = random.int(8, 25);
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    let w = word(random, lexicon);
    if (i < count - 1 && random.chance(0.08)) w += ',';
    words.push(w);
  }
  const sentence = words.join(' ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

function paragraphs(random: Random, vocabulary: Vocabulary, language: Language, targetChars: number): string[] {
  const lexicon = vocabulary[language];
  const out: string[] = [];
  let total = 0;
  while (total < targetChars) {
    if (out.length > 0) total += 1; // the line break before this paragraph
    const sentences = random.int(2, 6);
    const parts: string[] = [];
    for (let i = 0; i < sentences && total < targetChars; i++) {
      const s = language === 'zh' ? chineseSentence(random, lexicon) : englishSentence(random, lexicon);
      parts.push(s);
      total += s.length + (language === 'en' && i > 0 ? 1 : 0);
    }
    out.push(parts.join(language === 'en' ? ' ' : ''));
  }
  return out;
}

export function title(random: Random, vocabulary: Vocabulary, language: Language): string {
  const lexicon = vocabulary[language];
  if (language === 'zh') {
    const words = Array.from({ length: random.int(3, 8) }, () => word(random, lexicon));
    if (words.length > 4 && random.chance(0.3)) words.splice(2, 0, '：');
    return words.join('');
  }
  const words = Array.from({ length: random.int(5, 11) }, () => word(random, lexicon));
  const joined = words.join(' ');
  return `${joined.charAt(0).toUpperCase()}${joined.slice(1)}`;
}

/** Which planted terms the article at this index gets. */
function termsFor(random: Random, language: Language, index: number): string[] {
  return PLANTED_TERMS.filter((t) => {
    if (t.language !== 'any' && t.language !== language) return false;
    if (t.every !== undefined) return index % t.every === 7 % t.every;
    return random.chance(t.fraction ?? 0);
  }).map((t) => t.text);
}

/** Puts a term at a word boundary: after Chinese punctuation, or between English words. */
function insertTerm(random: Random, paragraph: string, term: string, language: Language): string {
  const boundaries: number[] = [];
  const pattern = language === 'zh' ? /[，。？！、]/g : / /g;
  for (const m of paragraph.matchAll(pattern)) boundaries.push((m.index as number) + 1);
  if (boundaries.length === 0) return language === 'zh' ? `${term}，${paragraph}` : `${term} ${paragraph}`;
  const at = random.pick(boundaries);
  return `${paragraph.slice(0, at)}${term}${language === 'zh' ? '' : ' '}${paragraph.slice(at)}`;
}

export function writeArticleText(
  random: Random,
  vocabulary: Vocabulary,
  language: Language,
  targetChars: number,
  index: number,
): ArticleText {
  const planted = termsFor(random, language, index);
  let heading = title(random, vocabulary, language);
  const body = paragraphs(random, vocabulary, language, targetChars);
  for (const term of planted) {
    const occurrences = random.int(1, 3);
    for (let i = 0; i < occurrences; i++) {
      const p = random.int(0, body.length - 1);
      body[p] = insertTerm(random, body[p] as string, term, language);
    }
    // Some articles are about the term: it is in the title too (ranking has something to weigh).
    if (random.chance(0.15)) heading = language === 'zh' ? `${term}：${heading}` : `${term}: ${heading}`;
  }
  return { title: heading, paragraphs: body, planted };
}
