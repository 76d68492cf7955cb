// Telling GB18030 from Big5. Both accept most byte sequences, so "it decodes"
// proves nothing: each candidate decoding is scored by how much of it is the
// everyday Chinese a news article is made of, and a wrong guess (mojibake made
// of rare characters, private-use code points and stray kana) scores low.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type LegacyCjkEncoding = 'gb18030' | 'big5';

export interface LegacyDecoding {
  text: string;
  encoding: LegacyCjkEncoding;
}

/** A decoding is trusted only above this share of plausible characters. */
const MIN_PLAUSIBILITY = 0.8;
/** Two plausible decodings closer than this are a coin toss; chardet must agree with the pick. */
const CLEAR_MARGIN = 0.1;
const CHARDET_NAMES: Record<LegacyCjkEncoding, string> = { gb18030: 'GB18030', big5: 'Big5' };

let commonTable: Uint8Array | null = null;

/** Decodes every code in a double-byte range, marking the characters it yields. */
function markRange(table: Uint8Array, encoding: LegacyCjkEncoding, leads: [number, number], trails: [number, number][]): void {
  const pairs: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [from, to] of trails) {
      for (let trail = from; trail <= to; trail++) pairs.push(lead, trail);
    }
  }
  const text = iconv.decode(Buffer.from(pairs), encoding);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) table[code] = 1;
  }
}

/** The 3,755 level-1 GB2312 characters plus Big5's 5,401 frequently used ones: together, everyday Chinese in both scripts. */
function commonHan(): Uint8Array {
  if (commonTable) return commonTable;
  const table = new Uint8Array(0x10000);
  markRange(table, 'gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]]);
  markRange(
    table,
    'big5',
    [0xa4, 0xc5],
    [
      [0x40, 0x7e],
      [0xa1, 0xfe],
    ],
  );
  markRange(table, 'big5', [0xc6, 0xc6], [[0x40, 0x7e]]);
  commonTable = table;
  return table;
}

function isPunctuationOrSymbol(code: number): boolean {
  return (
    (code >= 0x2010 && code <= 0x206f) || // general punctuation: dashes, quotes, ellipsis
    (code >= 0x3000 && code <= 0x303f) || // CJK punctuation
    (code >= 0xff01 && code <= 0xff5e) || // full-width ASCII forms
    code === 0x00b7 ||
    code === 0x00a0
  );
}

function isBroken(code: number): boolean {
  return code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff) || (code >= 0x80 && code <= 0x9f);
}

/** Share (-∞..1) of non-ASCII characters that look like ordinary Chinese text. */
function plausibility(text: string): number {
  const common = commonHan();
  let nonAscii = 0;
  let good = 0;
  let broken = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    nonAscii++;
    if (common[code] === 1 || isPunctuationOrSymbol(code)) good++;
    else if (isBroken(code)) broken++;
  }
  if (nonAscii === 0) return 0;
  return (good - 2 * broken) / nonAscii;
}

function chardetConfidence(bytes: Uint8Array, encoding: LegacyCjkEncoding): number {
  const match = chardet.analyse(bytes).find((m) => m.name === CHARDET_NAMES[encoding]);
  return match ? match.confidence : 0;
}

/** The GB18030 or Big5 reading of bytes, or null when neither is convincingly Chinese text. */
export function decodeLegacyCjk(bytes: Uint8Array): LegacyDecoding | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const candidates = (['gb18030', 'big5'] as const).map((encoding) => {
    const text = iconv.decode(buffer, encoding);
    return { encoding, text, score: plausibility(text) };
  });
  candidates.sort((a, b) => b.score - a.score);
  const [best, other] = candidates as [(typeof candidates)[0], (typeof candidates)[0]];
  if (best.score < MIN_PLAUSIBILITY) return null;
  if (best.score - other.score < CLEAR_MARGIN) {
    // Too close to call on characters alone: let chardet's byte statistics decide, if they are decisive.
    const bestConfidence = chardetConfidence(bytes, best.encoding);
    const otherConfidence = chardetConfidence(bytes, other.encoding);
    if (bestConfidence === otherConfidence) return null;
    const winner = bestConfidence > otherConfidence ? best : other;
    if (winner.score < MIN_PLAUSIBILITY || Math.max(bestConfidence, otherConfidence) < 50) return null;
    return { text: winner.text, encoding: winner.encoding };
  }
  return { text: best.text, encoding: best.encoding };
}
