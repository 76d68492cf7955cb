// English inflections: a query word also finds the words that share its Porter2
// stem (vaccine ~ vaccines, report ~ reported). Stemming applies to plain Latin
// words only; CJK text and words with digits are matched exactly as before.
//
// Candidates are found by prefix, so each stem has an "anchor" that every word
// with that stem starts with: Porter2 only rewrites a word's last letters — it
// turns a final y into i and writes a final e back (hoped → hope, studies and
// study → studi) — so the stem without a final e or i is a prefix of every word
// it comes from (the few irregular forms Porter2 lists, dying → die, are missed).
import porter2 from 'wink-porter2-stemmer';

/** Below this, a word is its own only form worth matching (is, be, us) and an anchor would name thousands of words. */
const MIN_WORD = 3;
const MIN_ANCHOR = 3;
const STEMMABLE = /^[a-z]+$/;

/** Stems are asked for over and over (each dictionary word near a query, each word near a highlight). */
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

export function stemOf(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = porter2(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, s);
  }
  return s;
}

export interface StemTarget {
  stem: string;
  /** Every word with this stem starts with the anchor. */
  anchor: string;
}

/** What a (normalised) query word's inflections are found by, or null when it is matched exactly only. */
export function stemTarget(word: string): StemTarget | null {
  if (word.length < MIN_WORD || !STEMMABLE.test(word)) return null;
  const stem = stemOf(word);
  const anchor = /[ei]$/.test(stem) ? stem.slice(0, -1) : stem;
  return anchor.length >= MIN_ANCHOR && word.startsWith(anchor) ? { stem, anchor } : null;
}

/** Whether a normalised word is an inflection of the target (the exact form included). */
export function sharesStem(word: string, target: StemTarget): boolean {
  return word.startsWith(target.anchor) && STEMMABLE.test(word) && stemOf(word) === target.stem;
}
