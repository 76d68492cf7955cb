// The index's varints read back as written at every length (one to five bytes): the reader takes a
// shortcut for one byte and scales longer values itself, and a slip would misplace every posting after it.
import { describe, expect, it } from 'vitest';
import { decodeDictionary, DictionaryWriter } from '../../../src/main/search/index/segment-dictionary';
import { ByteReader, ByteWriter } from '../../../src/main/search/index/varint';

/** Values at and around every length boundary of a 7-bit varint, up to the largest 32-bit value. */
const BOUNDARIES = [0, 1, 127, 128, 255, 16_383, 16_384, 0x4e2d, 0xffff, 2_097_151, 2_097_152, 268_435_455, 268_435_456, 0xffff_ffff];

describe('varints', () => {
  it('read back as written at every length', () => {
    const out = new ByteWriter(4);
    for (const v of BOUNDARIES) out.varint(v);
    const reader = new ByteReader(out.result());
    expect(BOUNDARIES.map(() => reader.varint())).toEqual(BOUNDARIES);
    expect(reader.done).toBe(true);
  });

  it('carry a segment dictionary through, names and counts of every size', () => {
    // Names sorted as JS strings: ASCII, accented, CJK (three-byte units) and an astral pair.
    const names = ['a', 'ab', 'abc', 'zürich', '中', '中国', '中国人', '国', '𠀀字'].sort();
    const writer = new DictionaryWriter();
    const terms = names.map((name, i) => {
      const df = BOUNDARIES[i % BOUNDARIES.length] as number;
      const docsBytes = BOUNDARIES[(i + 3) % BOUNDARIES.length] as number;
      const positionsBits = BOUNDARIES[(i + 7) % BOUNDARIES.length] as number;
      writer.add(name, df, docsBytes, positionsBits);
      return { name, df, docsBytes, positionsBits };
    });
    const d = decodeDictionary(writer.bytes(), writer.terms, writer.termChars);
    terms.forEach((t, rank) => {
      const name = String.fromCharCode(...d.text.subarray(d.textStart[rank], d.textStart[rank + 1]));
      expect(name).toBe(t.name);
      expect(d.df[rank]).toBe(t.df);
      expect((d.docsStart[rank + 1] as number) - (d.docsStart[rank] as number)).toBe(t.docsBytes);
      const bytes = Math.ceil(t.positionsBits / 8);
      expect((d.positionsStart[rank + 1] as number) - (d.positionsStart[rank] as number)).toBe(bytes);
      expect(d.positionsPad?.[rank]).toBe(bytes * 8 - t.positionsBits);
    });
  });
});
