// Turns normalised text into index terms. One position counter runs through the
// title and then the body:
//   - a WORD run is one term ('w' + word) at the next position;
//   - a CJK run of n ≥ 2 characters gives its n−1 overlapping bigrams ('b' + pair)
//     at consecutive positions; every CJK run, whatever its length, is followed by a
//     one-position gap, so a phrase can never match across two runs;
//   - the last character of every CJK run is also a term ('u' + char, no positions):
//     every occurrence of a character either starts a bigram or ends a run, so a
//     1-character query is the bigrams starting with it plus this term — exact;
//   - every CJK character is also a unigram term ('c' + char, no positions) counting
//     all its occurrences: what a 1-character query reads from segments of format 5
//     (segment-format.ts) — one list, where a frequent character starts a thousand
//     bigrams; the run-final terms stay for merges with older segments;
//   - the title is followed by a gap, so a phrase never spans title and body.
// Term names carry a one-letter namespace so that words, bigrams and characters
// sort into separate ranges of one dictionary (a word prefix is a contiguous range).
// This runs over every character imported, so the common terms — bigrams and
// characters of the BMP — travel as numbers (a bigram packs its two UTF-16 units
// into one 32-bit key); only words and the rare astral CJK terms are strings.
import { CJK, WORD, bmpClassTable, classOf } from './char-class';
import { Column, increment, takeNext } from './typed-arrays';
import { U32Map } from './u32-map';

export const WORD_PREFIX = 'w';
export const BIGRAM_PREFIX = 'b';
export const CHAR_PREFIX = 'u';
export const UNIGRAM_PREFIX = 'c';

/** Words longer than this are cut: they are URLs or base64 noise, not something anyone types. */
export const MAX_WORD_LENGTH = 48;

export interface DocTokens {
  /** Distinct positional terms in first-seen order: a BMP bigram's key, or 0 for a named term. */
  termKeys: Uint32Array;
  /** The full names ('w…', or an astral 'b…') of the positional terms keyed 0, in term order: most terms are keyed, and have none. */
  termNames: string[];
  /** Per positional term: [title occurrences, body occurrences]. */
  counts: Uint32Array;
  /** Per positional term, in term order: its positions, ascending (title positions first). */
  positions: Uint32Array;
  /**
   * Distinct character terms: a BMP character's unigram as its code, its run-final term as
   * RUN_FINAL + code (so numeric order is name order, 'c' before 'u'), 0 for a named (astral) one.
   */
  charKeys: Uint32Array;
  /** The names ('c' or 'u' + the character) of the character terms keyed 0, in term order. */
  charNames: string[];
  /** Per character: [title occurrences, body occurrences]. */
  charCounts: Uint32Array;
  /** Positional length of the title (tokens + gaps); body positions start here. */
  titleLength: number;
  /** Tokens in the body (for BM25 length normalisation). */
  bodyLength: number;
}

export const bigramKey = (a: number, b: number): number => ((a << 16) | b) >>> 0;
export const bigramName = (key: number): string => BIGRAM_PREFIX + String.fromCharCode(key >>> 16, key & 0xffff);
/** Added to a BMP character's code to key its run-final term (its unigram is keyed by the code itself). */
export const RUN_FINAL = 0x10000;
export const charName = (key: number): string =>
  key >= RUN_FINAL ? CHAR_PREFIX + String.fromCharCode(key - RUN_FINAL) : UNIGRAM_PREFIX + String.fromCharCode(key);

/** Splits a CJK run into characters (code points, so astral Han stays whole). */
export function cjkChars(run: string): string[] {
  return /[\ud800-\udfff]/.test(run) ? [...run] : run.split('');
}

/**
 * A document's distinct terms of one kind: each term's key (0 when it is known by
 * name), the names of those known by name, and every term's [title, body] counts.
 */
class TermList {
  readonly keys = new Column();
  readonly names: string[] = [];
  readonly counts = new Column();
  private readonly named = new Map<string, number>();

  constructor(private readonly keyed: U32Map) {
    keyed.clear();
  }

  get length(): number {
    return this.keys.length;
  }

  private add(key: number): number {
    const id = this.keys.length;
    this.keys.push(key);
    this.counts.push(0);
    this.counts.push(0);
    return id;
  }

  byKey(key: number): number {
    let id = this.keyed.get(key);
    if (id < 0) {
      id = this.add(key);
      this.keyed.add(key, id);
    }
    return id;
  }

  byName(name: string): number {
    let id = this.named.get(name);
    if (id === undefined) {
      id = this.add(0);
      this.names.push(name);
      this.named.set(name, id);
    }
    return id;
  }

  count(id: number, inTitle: boolean): void {
    increment(this.counts.data, 2 * id + (inTitle ? 0 : 1));
  }
}

// Per-thread scratch for the keyed terms, cleared for every document.
const pairIds = new U32Map(14);
const charIds = new U32Map(12);

class Collector {
  readonly terms = new TermList(pairIds);
  readonly chars = new TermList(charIds);
  /** The term index of each token, in position order, and its position. */
  readonly tokenTerm = new Column();
  readonly tokenPos = new Column();
  position = 0;
  inTitle = true;

  get tokens(): number {
    return this.tokenTerm.length;
  }

  private token(id: number): void {
    this.terms.count(id, this.inTitle);
    this.tokenTerm.push(id);
    this.tokenPos.push(this.position++);
  }

  addPair(a: number, b: number): void {
    this.token(this.terms.byKey(bigramKey(a, b)));
  }

  addName(name: string): void {
    this.token(this.terms.byName(name));
  }

  addRunFinal(cp: number): void {
    const id = cp < 0x10000 ? this.chars.byKey(RUN_FINAL + cp) : this.chars.byName(CHAR_PREFIX + String.fromCodePoint(cp));
    this.chars.count(id, this.inTitle);
  }

  addUnigram(cp: number): void {
    const id = cp < 0x10000 ? this.chars.byKey(cp) : this.chars.byName(UNIGRAM_PREFIX + String.fromCodePoint(cp));
    this.chars.count(id, this.inTitle);
  }
}

function collect(c: Collector, text: string): void {
  const classes = bmpClassTable();
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = text.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      cp = text.codePointAt(i) as number;
      width = cp > 0xffff ? 2 : 1;
    }
    const cls = width === 1 ? (classes[cp] as number) : classOf(cp);
    if (cls === WORD) {
      const start = i;
      i += width;
      while (i < n) {
        const next = text.codePointAt(i) as number;
        if ((next < 0x10000 ? classes[next] : classOf(next)) !== WORD) break;
        i += next > 0xffff ? 2 : 1;
      }
      c.addName(WORD_PREFIX + text.slice(start, Math.min(i, start + MAX_WORD_LENGTH)));
    } else if (cls === CJK) {
      i = collectCjkRun(c, text, i, classes);
    } else {
      i += width;
    }
  }
}

/** Indexes the CJK run starting at i; returns where it ends. */
function collectCjkRun(c: Collector, text: string, i: number, classes: Uint8Array): number {
  let prev = -1;
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    if ((cp < 0x10000 ? classes[cp] : classOf(cp)) !== CJK) break;
    if (prev >= 0) {
      if (prev < 0x10000 && cp < 0x10000) c.addPair(prev, cp);
      else c.addName(BIGRAM_PREFIX + String.fromCodePoint(prev, cp));
    }
    c.addUnigram(cp);
    prev = cp;
    i += cp > 0xffff ? 2 : 1;
  }
  c.addRunFinal(prev);
  c.position++; // the gap after every CJK run
  return i;
}

/** Groups token positions by term (a counting sort: positions stay ascending within a term). */
function positionsByTerm(c: Collector): Uint32Array {
  const n = c.terms.length;
  const start = new Uint32Array(n + 1);
  const tokenTerm = c.tokenTerm.data;
  const tokenPos = c.tokenPos.data;
  for (let t = 0; t < c.tokens; t++) increment(start, (tokenTerm[t] as number) + 1);
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const out = new Uint32Array(c.tokens);
  for (let t = 0; t < c.tokens; t++) out[takeNext(start, tokenTerm[t] as number)] = tokenPos[t] as number;
  return out;
}

/** Index terms of a document whose title and body are already normalised. */
export function tokenizeDocument(title: string, body: string): DocTokens {
  const c = new Collector();
  collect(c, title);
  c.position++;
  const titleLength = c.position;
  const titleTokens = c.tokens;
  c.inTitle = false;
  collect(c, body);
  return {
    termKeys: c.terms.keys.slice(),
    termNames: c.terms.names,
    counts: c.terms.counts.slice(),
    positions: positionsByTerm(c),
    charKeys: c.chars.keys.slice(),
    charNames: c.chars.names,
    charCounts: c.chars.counts.slice(),
    titleLength,
    bodyLength: c.tokens - titleTokens,
  };
}
