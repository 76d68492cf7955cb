// Turns normalised text into index terms. One position counter runs through the
// title and then the body:
//   - a WORD run is one term ('w' + word) at the next position;
//   - a CJK run of n ≥ 2 characters gives its n−1 overlapping bigrams ('b' + pair)
//     at consecutive positions; every CJK run, whatever its length, is followed by a
//     one-position gap, so a phrase can never match across two runs;
//   - every CJK character also counts towards the document's unigram set ('u' + char),
//     which answers 1-character queries without positions;
//   - the title is followed by a gap, so a phrase never spans title and body.
// Term strings carry a one-letter namespace so that words, bigrams and unigrams
// sort into separate ranges of one dictionary (a word prefix is a contiguous range).
// This runs over every character imported, so it works on char codes and numeric
// keys, and builds each term string once per document.
import { CJK, WORD, bmpClassTable, classOf } from './char-class';

export const WORD_PREFIX = 'w';
export const BIGRAM_PREFIX = 'b';
export const UNIGRAM_PREFIX = 'u';

/** Words longer than this are cut: they are URLs or base64 noise, not something anyone types. */
export const MAX_WORD_LENGTH = 48;

export interface DocTokens {
  /** Distinct positional terms (words and bigrams), in first-seen order. */
  terms: string[];
  /** Per term: [title occurrences, body occurrences]. */
  counts: Uint32Array;
  /** Per term, in term order: its positions, ascending (title positions first). */
  positions: Uint32Array;
  /** Distinct CJK characters, each prefixed: 'u' + char. */
  unigrams: string[];
  /** Per unigram: [title occurrences, body occurrences]. */
  unigramCounts: Uint32Array;
  /** Positional length of the title (tokens + gaps); body positions start here. */
  titleLength: number;
  /** Tokens in the body (for BM25 length normalisation). */
  bodyLength: number;
}

/** Calls visit(class, start, end) for each WORD or CJK run of s (UTF-16 offsets). */
export function forEachRun(s: string, visit: (cls: typeof WORD | typeof CJK, start: number, end: number) => void): void {
  let runClass = 0;
  let runStart = 0;
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i) as number;
    const cls = classOf(cp);
    if (cls !== runClass) {
      if (runClass !== 0) visit(runClass as typeof WORD | typeof CJK, runStart, i);
      runClass = cls;
      runStart = i;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (runClass !== 0) visit(runClass as typeof WORD | typeof CJK, runStart, s.length);
}

/** Splits a CJK run into characters (code points, so astral Han stays whole). */
export function cjkChars(run: string): string[] {
  return /[\ud800-\udfff]/.test(run) ? [...run] : run.split('');
}

// Per-thread scratch for BMP unigrams: a slot per code point, valid when its stamp
// equals the current document's generation (so nothing is cleared between documents).
const unigramStamp = new Uint32Array(0x10000);
const unigramSlot = new Uint32Array(0x10000);
let generationCounter = 0;

function nextGeneration(): number {
  generationCounter = generationCounter === 0xffffffff ? 1 : generationCounter + 1;
  if (generationCounter === 1) unigramStamp.fill(0);
  return generationCounter;
}

/** Open-addressing hash from a 32-bit bigram key to a term index, reused across documents via stamps. */
class PairTable {
  private keys = new Uint32Array(1 << 14);
  private stamps = new Uint32Array(1 << 14);
  private values = new Uint32Array(1 << 14);
  /** Multiplicative hashing takes the top bits: 32 − log2(size). */
  private shift = 32 - 14;
  private used = 0;
  private usedGeneration = 0;

  get(key: number, generation: number): number {
    const mask = this.keys.length - 1;
    for (let h = Math.imul(key, 0x9e3779b1) >>> this.shift; ; h = (h + 1) & mask) {
      if (this.stamps[h] !== generation) return -1;
      if (this.keys[h] === key) return this.values[h] as number;
    }
  }

  set(key: number, generation: number, value: number): void {
    if (this.usedGeneration !== generation) {
      this.usedGeneration = generation;
      this.used = 0;
    }
    if (++this.used * 2 > this.keys.length) this.grow(generation);
    const mask = this.keys.length - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.stamps[h] === generation) h = (h + 1) & mask;
    this.stamps[h] = generation;
    this.keys[h] = key;
    this.values[h] = value;
  }

  private grow(generation: number): void {
    const { keys, stamps, values } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.stamps = new Uint32Array(keys.length * 2);
    this.values = new Uint32Array(keys.length * 2);
    this.shift--;
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (stamps[i] !== generation) continue;
      let h = Math.imul(keys[i] as number, 0x9e3779b1) >>> this.shift;
      while (this.stamps[h] === generation) h = (h + 1) & mask;
      this.stamps[h] = generation;
      this.keys[h] = keys[i] as number;
      this.values[h] = values[i] as number;
    }
  }
}

const pairs = new PairTable();

class Collector {
  /** Words and astral bigrams → local term index (BMP bigrams live in the scratch hash). */
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  readonly title: number[] = [];
  readonly body: number[] = [];
  /** The term index of each token, in position order. */
  tokenTerm = new Uint32Array(1024);
  tokenPos = new Uint32Array(1024);
  tokens = 0;
  position = 0;
  inTitle = true;
  /** Tells this document's unigram slots from those left by earlier documents. */
  private readonly generation = nextGeneration();
  private readonly astralUniIds = new Map<number, number>();
  readonly uniNames: string[] = [];
  readonly uniCounts: number[] = [];

  /** A BMP bigram: found in the scratch hash by its 32-bit key, so the common case builds no string. */
  addPair(a: number, b: number): void {
    const key = ((a << 16) | b) >>> 0;
    let id = pairs.get(key, this.generation);
    if (id < 0) {
      id = this.newTerm(BIGRAM_PREFIX + String.fromCharCode(a, b));
      pairs.set(key, this.generation, id);
    }
    this.count(id);
  }

  addName(name: string): void {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.newTerm(name);
      this.ids.set(name, id);
    }
    this.count(id);
  }

  private newTerm(name: string): number {
    const id = this.names.length;
    this.names.push(name);
    this.title.push(0);
    this.body.push(0);
    return id;
  }

  private count(id: number): void {
    if (this.inTitle) (this.title[id] as number)++;
    else (this.body[id] as number)++;
    if (this.tokens === this.tokenTerm.length) this.grow();
    this.tokenTerm[this.tokens] = id;
    this.tokenPos[this.tokens] = this.position++;
    this.tokens++;
  }

  addUnigram(cp: number): void {
    let id: number | undefined;
    if (cp < 0x10000) {
      id = unigramStamp[cp] === this.generation ? unigramSlot[cp] : undefined;
    } else {
      id = this.astralUniIds.get(cp);
    }
    if (id === undefined) {
      id = this.uniNames.length;
      if (cp < 0x10000) {
        unigramStamp[cp] = this.generation;
        unigramSlot[cp] = id;
      } else {
        this.astralUniIds.set(cp, id);
      }
      this.uniNames.push(UNIGRAM_PREFIX + String.fromCodePoint(cp));
      this.uniCounts.push(0, 0);
    }
    (this.uniCounts[2 * id + (this.inTitle ? 0 : 1)] as number)++;
  }

  private grow(): void {
    const term = new Uint32Array(this.tokenTerm.length * 2);
    term.set(this.tokenTerm);
    this.tokenTerm = term;
    const pos = new Uint32Array(this.tokenPos.length * 2);
    pos.set(this.tokenPos);
    this.tokenPos = pos;
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
    c.addUnigram(cp);
    if (prev >= 0) {
      if (prev < 0x10000 && cp < 0x10000) c.addPair(prev, cp);
      else c.addName(BIGRAM_PREFIX + String.fromCodePoint(prev, cp));
    }
    prev = cp;
    i += cp > 0xffff ? 2 : 1;
  }
  c.position++; // the gap after every CJK run
  return i;
}

/** Groups token positions by term (a counting sort: positions stay ascending within a term). */
function positionsByTerm(c: Collector): Uint32Array {
  const n = c.names.length;
  const start = new Uint32Array(n + 1);
  for (let t = 0; t < c.tokens; t++) (start[(c.tokenTerm[t] as number) + 1] as number)++;
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const out = new Uint32Array(c.tokens);
  for (let t = 0; t < c.tokens; t++) {
    const term = c.tokenTerm[t] as number;
    out[(start[term] as number)++] = c.tokenPos[t] as number;
  }
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

  const counts = new Uint32Array(c.names.length * 2);
  for (let i = 0; i < c.names.length; i++) {
    counts[2 * i] = c.title[i] as number;
    counts[2 * i + 1] = c.body[i] as number;
  }
  return {
    terms: c.names,
    counts,
    positions: positionsByTerm(c),
    unigrams: c.uniNames,
    unigramCounts: Uint32Array.from(c.uniCounts),
    titleLength,
    bodyLength: c.tokens - titleTokens,
  };
}
