import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { normalize, normalizeWithOffsets } from '../../../src/main/search/normalize';

/** The original character each unit of the folded text came from. */
function sources(s: string): string[] {
  const { text, offsets } = normalizeWithOffsets(s);
  return Array.from(text, (_, i) => {
    const at = offsets[i] as number;
    return String.fromCodePoint(s.codePointAt(at) as number);
  });
}

describe('normalize', () => {
  it('folds full-width letters and digits to ASCII (NFKC)', () => {
    expect(normalize('ＡＢＣ１２３')).toBe('abc123');
    expect(normalize('２０２３年')).toBe('2023年');
  });

  it('lowercases', () => {
    expect(normalize('New York TIMES')).toBe('new york times');
    expect(normalize('ΣΟΦΙΑ Ёлка')).toBe('σοφια елка');
  });

  it('drops accents from Latin, Greek and Cyrillic letters, composed or not', () => {
    expect(normalize('Zürich')).toBe('zurich');
    expect(normalize('café')).toBe('cafe');
    expect(normalize('Zu\u0308rich cafe\u0301')).toBe('zurich cafe');
    expect(normalize('Ἀθῆναι')).toBe('αθηναι');
    expect(normalize('Straße İstanbul Øresund')).toBe('strasse istanbul oresund');
  });

  it('folds Traditional Chinese to Simplified character by character', () => {
    expect(normalize('習近平')).toBe('习近平');
    expect(normalize('書展')).toBe('书展');
    expect(normalize('讀者')).toBe('读者');
    expect(normalize('國際')).toBe('国际');
    expect(normalize('习近平')).toBe('习近平');
  });

  it('keeps kana voicing marks, composing a decomposed kana with its mark', () => {
    expect(normalize('が')).toBe('が');
    expect(normalize('か\u3099')).toBe('が');
    expect(normalize('ｶﾞｲﾄﾞ')).toBe('ガイド'); // half-width kana with separate voicing marks
    expect(normalize('パン')).toBe('パン');
  });

  it('never decomposes Hangul', () => {
    expect(normalize('한국어 뉴스')).toBe('한국어 뉴스');
    expect(normalize('한국어').length).toBe(3);
  });

  it('drops invisible format characters that would split a word', () => {
    expect(normalize('infor\u00ADmation')).toBe('information');
    expect(normalize('zero\u200Bwidth')).toBe('zerowidth');
  });

  it('gives the same text with or without offsets, and folding twice changes nothing', () => {
    const mixed = '習近平與普京會談 — The Zürich ＦＩＮＡＮＣＥ ﬁle ① 𝐀𝐁 😀 か\u3099 한국 Straße';
    const once = normalize(mixed);
    expect(normalizeWithOffsets(mixed).text).toBe(once);
    expect(normalize(once)).toBe(once);
  });

  it('folds a character the same the first time it is seen (its table entry filled then) as every later time', async () => {
    const mixed = '習近平與普京會談 — The Zu\u0308rich ＦＩＮＡＮＣＥ ﬁle ① 𝐀𝐁 😀 か\u3099 한국 Straße';
    vi.resetModules();
    const fresh = await import('../../../src/main/search/normalize');
    const first = fresh.normalizeWithOffsets(mixed);
    const firstOffsets = [...first.offsets];
    const again = fresh.normalizeWithOffsets(mixed);
    expect(first.text).toBe('习近平与普京会谈 — the zurich finance file 1 ab 😀 が 한국 strasse');
    expect(again.text).toBe(first.text);
    expect([...again.offsets]).toEqual(firstOffsets);
    expect(first.text).toBe(normalize(mixed));
  });

  it('is stable on every BMP character, alone and after a letter or a Han character', () => {
    const unstable: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      for (const before of ['', 'a', '中']) {
        const once = normalize(before + String.fromCharCode(c));
        if (normalize(once) !== once) unstable.push(c.toString(16));
      }
    }
    expect(unstable).toEqual([]);
  });

  it('is stable on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const once = normalize(s);
        expect(normalize(once)).toBe(once);
        expect(normalizeWithOffsets(s).text).toBe(once);
      }),
    );
  });
});

describe('normalizeWithOffsets', () => {
  it('maps every unit to its own character when nothing expands', () => {
    const { text, offsets } = normalizeWithOffsets('書展 ABC');
    expect(text).toBe('书展 abc');
    expect(Array.from(offsets)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('maps both letters of an expanded ligature to the ligature', () => {
    const s = 'ﬁne';
    const { text, offsets } = normalizeWithOffsets(s);
    expect(text).toBe('fine');
    expect(Array.from(offsets)).toEqual([0, 0, 1, 2, 3]);
    expect(sources(s)).toEqual(['ﬁ', 'ﬁ', 'n', 'e']);
  });

  it('maps expansions of circled numbers and ß', () => {
    expect(normalizeWithOffsets('①②').text).toBe('12');
    expect(sources('⑫ß')).toEqual(['⑫', '⑫', 'ß', 'ß']);
  });

  it('maps astral characters, which take two units, to their first unit', () => {
    const s = 'a𝐁😀𠀀b';
    const { text, offsets } = normalizeWithOffsets(s);
    expect(text).toBe('ab😀𠀀b');
    expect(Array.from(offsets)).toEqual([0, 1, 3, 3, 5, 5, 7, 8]);
  });

  it('skips dropped accents: the character after them maps past them', () => {
    const s = 'Zu\u0308rich';
    const { text, offsets } = normalizeWithOffsets(s);
    expect(text).toBe('zurich');
    expect(Array.from(offsets)).toEqual([0, 1, 3, 4, 5, 6, 7]);
  });

  it('maps a composed kana to the start of its decomposed original', () => {
    const { text, offsets } = normalizeWithOffsets('xか\u3099y');
    expect(text).toBe('xがy');
    expect(Array.from(offsets)).toEqual([0, 1, 3, 4]);
  });

  it('always ends with the length of the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        const { text, offsets } = normalizeWithOffsets(s);
        expect(offsets.length).toBe(text.length + 1);
        expect(offsets[text.length]).toBe(s.length);
        for (let i = 1; i < offsets.length; i++) expect(offsets[i]).toBeGreaterThanOrEqual(offsets[i - 1] as number);
      }),
    );
  });

  it('handles empty input and lone surrogates', () => {
    expect(normalizeWithOffsets('')).toEqual({ text: '', offsets: Int32Array.from([0]) });
    expect(normalize('a\uD800b\uDC00')).toBe('a\uD800b\uDC00');
  });
});
