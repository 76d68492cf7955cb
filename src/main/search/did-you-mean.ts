// "Did you mean": for a Latin word the library (almost) never uses, the word of the
// library's own vocabulary that is closest to it — within one edit for short
// words, two for longer ones (a swap of neighbours counting one) — preferring
// words many articles use.
//
// It runs on every Latin query with few hits, so it must not cost the search: the
// vocabulary is kept by word length with a bit mask of each word's letters, and a
// word whose letters differ from the query's in more places than the edits allowed
// could ever make up (an edit changes at most two letters of the set) is passed over
// before any distance is computed.
import type { SegmentSet } from './index/segment-set';
import { WORD_PREFIX } from './tokenize';

const LATIN_WORD = /^[a-z]+$/;
/** A word shorter than this has too many neighbours to guess from. */
const MIN_LENGTH = 3;
/** Past this many articles a word is not a typo. */
const KNOWN_DF = 2;

/** Words of one length, in vocabulary order. */
interface LengthBucket {
  words: string[];
  dfs: number[];
  letters: number[];
  /** Each word's place in the whole vocabulary: ties go to the earlier word. */
  order: number[];
}

const lettersOf = (word: string): number => {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) - 97);
  return mask;
};

function bitCount(v: number): number {
  let n = 0;
  for (let x = v; x !== 0; x &= x - 1) n++;
  return n;
}

/** Latin words with their document frequencies. */
export class Vocabulary {
  private readonly dfs = new Map<string, number>();
  private readonly byLength: LengthBucket[] = [];

  constructor(entries: Iterable<[string, number]>) {
    for (const [word, df] of entries) this.dfs.set(word, (this.dfs.get(word) ?? 0) + df);
    let order = 0;
    for (const [word, df] of this.dfs) {
      const bucket = (this.byLength[word.length] ??= { words: [], dfs: [], letters: [], order: [] });
      bucket.words.push(word);
      bucket.dfs.push(df);
      bucket.letters.push(lettersOf(word));
      bucket.order.push(order++);
    }
  }

  /** The correction of one word, or null when the word is known or nothing is close enough. */
  correction(word: string): string | null {
    if (word.length < MIN_LENGTH || !LATIN_WORD.test(word)) return null;
    const own = this.dfs.get(word) ?? 0;
    if (own > KNOWN_DF) return null;
    const max = word.length <= 5 ? 1 : 2;
    const letters = lettersOf(word);
    let best: string | null = null;
    let bestScore = -Infinity;
    let bestOrder = Infinity;
    for (let length = Math.max(1, word.length - max); length <= word.length + max; length++) {
      const bucket = this.byLength[length];
      if (!bucket) continue;
      for (let i = 0; i < bucket.words.length; i++) {
        const df = bucket.dfs[i] as number;
        if (df <= own || bitCount(letters ^ (bucket.letters[i] as number)) > 2 * max) continue;
        const candidate = bucket.words[i] as string;
        const d = editDistance(word, candidate, max);
        if (d > max) continue;
        // Frequency-weighted: each edit costs as much as a hundredfold fewer articles.
        const score = Math.log(df) - 4.6 * d;
        const order = bucket.order[i] as number;
        if (score > bestScore || (score === bestScore && order < bestOrder)) {
          bestScore = score;
          best = candidate;
          bestOrder = order;
        }
      }
    }
    return best;
  }
}

/** Every Latin word of the index with its document frequency, built once per set of segments. */
const vocabularies = new WeakMap<SegmentSet, { key: string; words: Vocabulary }>();

function vocabularyOf(index: SegmentSet): Vocabulary {
  const key = index.segments.map((s) => s.id).join(',');
  const cached = vocabularies.get(index);
  if (cached?.key === key) return cached.words;
  const entries: [string, number][] = [];
  for (const { reader } of index.segments) {
    const [from, to] = reader.prefixRange(WORD_PREFIX);
    for (let r = from; r < to; r++) {
      const word = reader.termName(r).slice(WORD_PREFIX.length);
      if (LATIN_WORD.test(word)) entries.push([word, reader.df(r)]);
    }
  }
  const words = new Vocabulary(entries);
  vocabularies.set(index, { key, words });
  return words;
}

// Rows of the distance table, reused: a query compares its word with thousands of candidates.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal-string-alignment distance, or max + 1 as soon as it must exceed max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if ((rows[0] as Int32Array).length <= b.length) rows = rows.map(() => new Int32Array(2 * (b.length + 1)));
  let [prev2, prev, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, (prev2[j - 2] as number) + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[b.length] as number;
}

/** The query with each of its unknown Latin words corrected, or null when none could be. */
export function didYouMean(index: SegmentSet, query: string, words: readonly string[]): string | null {
  const vocabulary = vocabularyOf(index);
  let corrected = query;
  let changed = false;
  for (const word of words) {
    const fix = vocabulary.correction(word);
    if (!fix) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'giu');
    corrected = corrected.replace(pattern, fix);
    changed = true;
  }
  return changed ? corrected : null;
}
