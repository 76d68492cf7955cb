// How search sees a character of normalised text. The tokeniser, the query
// parser and the highlighter all use this one table, so what is indexed and
// what is highlighted can never disagree.

export const SEPARATOR = 0;
/** Letters and digits of alphabetic scripts: indexed as whole words. */
export const WORD = 1;
/** Han, kana, hangul, bopomofo: indexed as overlapping bigrams. */
export const CJK = 2;
export type CharClass = typeof SEPARATOR | typeof WORD | typeof CJK;

const CJK_PATTERN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;
const WORD_PATTERN = /[\p{L}\p{N}\p{M}]/u;

function classify(ch: string): CharClass {
  if (CJK_PATTERN.test(ch)) return CJK;
  if (WORD_PATTERN.test(ch)) return WORD;
  return SEPARATOR;
}

let bmpTable: Uint8Array | null = null;

/** Classes of every BMP code unit; surrogate halves are SEPARATOR here (use classOf for code points). */
export function bmpClassTable(): Uint8Array {
  if (bmpTable) return bmpTable;
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    t[c] = classify(String.fromCharCode(c));
  }
  bmpTable = t;
  return t;
}

/** Class of a code point (not a UTF-16 unit). */
export function classOf(codePoint: number): CharClass {
  if (codePoint < 0x10000) return bmpClassTable()[codePoint] as CharClass;
  return classify(String.fromCodePoint(codePoint));
}
