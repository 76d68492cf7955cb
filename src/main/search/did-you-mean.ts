// "Did you mean": for a Latin word the library (almost) never uses, the word of the
// library's own vocabulary that is closest to it — within one edit for short
// words, two for longer ones (a swap of neighbours counting one) — preferring
// words many articles use.
import type { SegmentSet } from './index/segment-set';
import { WORD_PREFIX } from './tokenize';

const LATIN_WORD = /^[a-z]+$/;
/** A word shorter than this has too many neighbours to guess from. */
const MIN_LENGTH = 3;
/** Past this many articles a word is not a typo. */
const KNOWN_DF = 2;

type Vocabulary = Map<string, number>;

/** Every Latin word of the index with its document frequency, built once per set of segments. */
const vocabularies = new WeakMap<SegmentSet, { key: string; words: Vocabulary }>();

function vocabularyOf(index: SegmentSet): Vocabulary {
  const key = index.segments.map((s) => s.id).join(',');
  const cached = vocabularies.get(index);
  if (cached?.key === key) return cached.words;
  const words: Vocabulary = new Map();
  for (const { reader } of index.segments) {
    const [from, to] = reader.prefixRange(WORD_PREFIX);
    for (let r = from; r < to; r++) {
      const word = reader.termName(r).slice(WORD_PREFIX.length);
      if (LATIN_WORD.test(word)) words.set(word, (words.get(word) ?? 0) + reader.df(r));
    }
  }
  vocabularies.set(index, { key, words });
  return words;
}

/** Optimal-string-alignment distance, or max + 1 as soon as it must exceed max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] as number) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/** The correction of one word, or null when the word is known or nothing is close enough. */
export function correctionOf(index: SegmentSet, word: string): string | null {
  if (word.length < MIN_LENGTH || !LATIN_WORD.test(word)) return null;
  const words = vocabularyOf(index);
  const own = words.get(word) ?? 0;
  if (own > KNOWN_DF) return null;
  const max = word.length <= 5 ? 1 : 2;
  let best: string | null = null;
  let bestScore = -Infinity;
  for (const [candidate, df] of words) {
    if (df <= own || Math.abs(candidate.length - word.length) > max) continue;
    const d = editDistance(word, candidate, max);
    if (d > max) continue;
    // Frequency-weighted: each edit costs as much as a hundredfold fewer articles.
    const score = Math.log(df) - 4.6 * d;
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

/** The query with each of its unknown Latin words corrected, or null when none could be. */
export function didYouMean(index: SegmentSet, query: string, words: readonly string[]): string | null {
  let corrected = query;
  let changed = false;
  for (const word of words) {
    const fix = correctionOf(index, word);
    if (!fix) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'giu');
    corrected = corrected.replace(pattern, fix);
    changed = true;
  }
  return changed ? corrected : null;
}
