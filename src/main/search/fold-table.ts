// The per-character folding that search normalisation is built from, and the
// lookup tables that make it fast. Folding one character: NFKC, lowercase,
// accents dropped from Latin/Greek/Cyrillic letters, a few letters with no
// decomposition spelled out (ß → ss), invisible format characters dropped,
// Traditional → Simplified Chinese. It is applied until nothing changes, so
// folding folded text is a no-op.
import { to as openccTargets } from 'opencc-js/preset/t2cn';

/** Folds to the one BMP unit in `single` (often itself): the hot path. */
export const ONE = 1;
/** Folds to the string in `multi` (empty, several units, or astral). */
export const MANY = 2;
/** A combining mark (or a character whose NFKC starts with one): its fold depends on the character before it. */
export const MARK = 3;
/** First half of a surrogate pair. */
export const HIGH_SURROGATE = 4;
/** Not folded yet (see foldTables). */
const UNSEEN = 0;

export interface FoldTables {
  /** UNSEEN until the character is first folded. */
  kind: Uint8Array;
  /** The folded unit for ONE characters, 0 for every other kind (U+0000 is MANY), so one lookup serves the hot path. */
  single: Uint16Array;
  multi: Map<number, string>;
}

const ENDS_ALPHABETIC = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]$/u;
const MARK_AFTER_ALPHABETIC = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;
const STARTS_WITH_MARK = /^\p{M}/u;
// Soft hyphens, zero-width spaces and joiners, variation selectors: invisible, and they would split words.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
// Letters that users type without the stroke or ligature; NFD leaves them whole.
const LETTER_SPELLINGS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
  ς: 'σ',
};
const LETTER_SPELLING_PATTERN = new RegExp(`[${Object.keys(LETTER_SPELLINGS).join('')}]`, 'gu');

let traditionalToSimplified: Map<string, string> | null = null;

/** Single character → single character entries of OpenCC's Traditional → Simplified tables, chains resolved. */
function tsMap(): Map<string, string> {
  if (traditionalToSimplified) return traditionalToSimplified;
  const map = new Map<string, string>();
  for (const group of openccTargets.cn ?? []) {
    for (const dict of group) {
      const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : dict;
      for (const [from, to] of entries) {
        // Phrase entries (several characters) would change lengths and break the offset map.
        if (from && to && isOneCodePoint(from) && isOneCodePoint(to) && from !== to) map.set(from, to);
      }
    }
  }
  // OpenCC chains a few entries (薴 → 苧 → 苎); one lookup must reach the end.
  for (const [from, to] of map) {
    let end = to;
    for (let hops = 0; map.has(end) && hops < 8; hops++) end = map.get(end) as string;
    map.set(from, end);
  }
  traditionalToSimplified = map;
  return map;
}

function isOneCodePoint(s: string): boolean {
  const cp = s.codePointAt(0) as number;
  return s.length === (cp > 0xffff ? 2 : 1);
}

function foldOnce(s: string): string {
  let t = s.normalize('NFKC').toLowerCase().replace(INVISIBLE, '');
  // NFD only to see the marks; NFC afterwards puts Hangul and kana voicing back together.
  t = t.normalize('NFD').replace(MARK_AFTER_ALPHABETIC, '$1').normalize('NFC');
  t = t.replace(LETTER_SPELLING_PATTERN, (ch) => LETTER_SPELLINGS[ch] ?? ch);
  const ts = tsMap();
  let out = '';
  for (const ch of t) out += ts.get(ch) ?? ch;
  return out;
}

/** Fold of one character (a code point), as used for the tables. */
export function foldCharacter(ch: string): string {
  let current = ch;
  for (let i = 0; i < 8; i++) {
    const next = foldOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** True when the folded text ends in a Latin, Greek or Cyrillic letter: combining marks after it are dropped. */
export function endsAlphabetic(folded: string): boolean {
  return ENDS_ALPHABETIC.test(folded);
}

let tables: FoldTables | null = null;

/**
 * The BMP tables. Entries are filled on first sight of a character (`foldKind`): folding all
 * 65,536 up front took a tenth of a second, which a search worker paid before its first answer,
 * while a library uses a few thousand distinct characters.
 */
export function foldTables(): FoldTables {
  tables ??= { kind: new Uint8Array(0x10000), single: new Uint16Array(0x10000), multi: new Map() };
  return tables;
}

function fill(t: FoldTables, c: number): void {
  if (c >= 0xd800 && c <= 0xdbff) {
    t.kind[c] = HIGH_SURROGATE;
    return;
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    t.kind[c] = ONE; // a lone low surrogate passes through
    t.single[c] = c;
    return;
  }
  const ch = String.fromCharCode(c);
  const folded = foldCharacter(ch);
  if (STARTS_WITH_MARK.test(ch.normalize('NFKC'))) {
    t.kind[c] = MARK;
    t.multi.set(c, folded);
  } else if (folded.length === 1 && c !== 0) {
    t.kind[c] = ONE;
    t.single[c] = folded.charCodeAt(0);
  } else {
    t.kind[c] = MANY;
    t.multi.set(c, folded);
  }
}

/** The kind of the BMP unit c, its entries filled if it was not seen before. */
export function foldKind(c: number): number {
  const t = foldTables();
  if (t.kind[c] === UNSEEN) fill(t, c);
  return t.kind[c] as number;
}

const astralFolds = new Map<number, string>();

/** Fold of a code point above the BMP (mathematical letters, rare Han), memoised. */
export function foldAstral(cp: number): string {
  let folded = astralFolds.get(cp);
  if (folded === undefined) {
    folded = foldCharacter(String.fromCodePoint(cp));
    astralFolds.set(cp, folded);
  }
  return folded;
}
