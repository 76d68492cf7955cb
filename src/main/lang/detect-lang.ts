// An article's language, told from its text at import, so the reading pane can choose the font
// whose glyph forms and punctuation placement match it: Traditional Chinese drawn with a
// Simplified font looks wrong to its readers (and the other way round), and Japanese shares the
// Han characters but not the glyphs. Traditional vs Simplified is decided by character
// statistics over search's Traditional → Simplified fold: characters that fold to another are
// Traditional forms; the characters they fold to are Simplified forms.
import { foldKind, foldTables, ONE } from '../search/fold-table';

export type ArticleLang = 'zh-Hans' | 'zh-Hant' | 'ja' | 'ko' | 'en' | 'und';

/** What besides the text says where an article comes from. */
export interface LangHints {
  url: string | null;
  /** The file's detected encoding: Big5 is written in Traditional, GB18030 in Simplified. */
  encoding: string;
}

/** Enough text to be sure, little enough that a 10 MB file costs no more than a short one. */
const SAMPLE = 20_000;
const HAN_FIRST = 0x4e00;
const HAN_LAST = 0x9fff;
const TRADITIONAL = 1;
const SIMPLIFIED = 2;

let hanForms: Uint8Array | null = null;

/** For each character of the CJK Unified Ideographs block: Traditional form, Simplified form, or neither. */
function forms(): Uint8Array {
  if (hanForms) return hanForms;
  const { single } = foldTables();
  const table = new Uint8Array(HAN_LAST - HAN_FIRST + 1);
  for (let cp = HAN_FIRST; cp <= HAN_LAST; cp++) {
    if (foldKind(cp) !== ONE || single[cp] === cp) continue;
    table[cp - HAN_FIRST] = TRADITIONAL;
    const target = (single[cp] as number) - HAN_FIRST;
    // A character that is both (后 is the Simplified 後 and a Traditional word of its own) stays Traditional-neutral.
    if (target >= 0 && target < table.length && table[target] !== TRADITIONAL) table[target] = SIMPLIFIED;
  }
  hanForms = table;
  return table;
}

interface Counts {
  han: number;
  kana: number;
  hangul: number;
  latin: number;
  traditional: number;
  simplified: number;
}

function count(text: string): Counts {
  const table = forms();
  const c: Counts = { han: 0, kana: 0, hangul: 0, latin: 0, traditional: 0, simplified: 0 };
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    const cp = text.charCodeAt(i);
    if (cp >= HAN_FIRST && cp <= HAN_LAST) {
      c.han++;
      const form = table[cp - HAN_FIRST];
      if (form === TRADITIONAL) c.traditional++;
      else if (form === SIMPLIFIED) c.simplified++;
    } else if (cp >= 0x3040 && cp <= 0x30ff) c.kana++;
    else if (cp >= 0xac00 && cp <= 0xd7af) c.hangul++;
    else if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) c.latin++;
  }
  return c;
}

/** Hosts under Taiwan's, Hong Kong's and Macau's domains publish in Traditional characters. */
function traditionalHost(url: string | null): boolean {
  if (!url) return false;
  try {
    return /\.(tw|hk|mo)$/i.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

function chineseScript(c: Counts, hints: LangHints): ArticleLang {
  const marked = c.traditional + c.simplified;
  // A handful of marked characters could be names or quotations; then the source decides.
  if (marked >= 8) {
    const share = c.traditional / marked;
    if (share >= 0.6) return 'zh-Hant';
    if (share <= 0.4) return 'zh-Hans';
  }
  if (hints.encoding === 'big5' || traditionalHost(hints.url)) return 'zh-Hant';
  if (hints.encoding === 'gb18030') return 'zh-Hans';
  return c.traditional > c.simplified ? 'zh-Hant' : 'zh-Hans';
}

/** Other Latin-script languages are not told apart; they are left 'und' rather than called English. */
function englishWords(text: string): number {
  return text.slice(0, SAMPLE).match(/\b(?:the|and|of|to|is|that|with)\b/gi)?.length ?? 0;
}

/** The article's language as a BCP 47 tag; 'und' when the text says too little. */
export function detectLang(title: string, text: string, hints: LangHints): ArticleLang {
  const c = count(`${title}\n${text}`);
  // Latin letters come several to a word, Han characters one to a word or two.
  const latinWords = c.latin / 5;
  if (c.hangul > c.han && c.hangul > latinWords) return 'ko';
  if (c.kana > 0 && c.kana * 5 >= c.han && c.kana + c.han > latinWords) return 'ja';
  if (c.han > 0 && c.han >= latinWords) return chineseScript(c, hints);
  if (c.latin >= 20 && englishWords(text) >= 3) return 'en';
  return 'und';
}
