// The bit-level posting codes of segment format 4, round-tripped over lists
// shaped like real ones and over extremes: gaps far beyond the Rice parameter,
// counts in the millions, titles with and without the term.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BitWriter, riceParameter } from '../../../src/main/search/index/bits';
import { PostingReader, writePostingBits } from '../../../src/main/search/index/postings';
import { ByteWriter } from '../../../src/main/search/index/varint';

interface Posting {
  gap: number;
  titleTf: number;
  bodyTf: number;
}

/** Writes two terms' streams back to back, as a segment does, and reads both. */
function roundTrip(lists: Posting[][], docCount: number): Posting[][] {
  const bytes = new ByteWriter(16);
  const bits = new BitWriter(bytes);
  const starts: number[] = [];
  for (const list of lists) {
    starts.push(bytes.length);
    const k = riceParameter(docCount, list.length);
    for (const p of list) writePostingBits(bits, k, p.gap, p.titleTf, p.bodyTf);
    bits.align();
  }
  const reader = new PostingReader(bytes.result(), 4);
  return lists.map((list, t) => {
    reader.startTerm(starts[t] as number, riceParameter(docCount, list.length));
    let prev = -1;
    return list.map(() => {
      reader.next();
      const gap = reader.doc - prev;
      prev = reader.doc;
      return { gap, titleTf: reader.titleTf, bodyTf: reader.bodyTf };
    });
  });
}

const counts = {
  titleTf: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 2 ** 30 })),
  bodyTf: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 2 ** 30 })),
};
const posting = fc.record({ gap: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 2 ** 31 })), ...counts });

describe('posting codes (segment format 4)', () => {
  it('read back every gap and count written, whatever the Rice parameter', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(posting, { minLength: 1, maxLength: 60 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 2 ** 24 }),
        (lists, docCount) => {
          expect(roundTrip(lists, docCount)).toEqual(lists);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('read back as a whole list, as one by one', () => {
    // Gaps small enough that every document number fits the list's Uint32Array.
    const listed = fc.record({ gap: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 2 ** 25 })), ...counts });
    fc.assert(
      fc.property(fc.array(listed, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 2 ** 24 }), (list, docCount) => {
        const bytes = new ByteWriter(16);
        const bits = new BitWriter(bytes);
        const k = riceParameter(docCount, list.length);
        for (const p of list) writePostingBits(bits, k, p.gap, p.titleTf, p.bodyTf);
        bits.align();
        const reader = new PostingReader(bytes.result(), 4);
        reader.startTerm(0, k);
        const read = { docs: new Uint32Array(list.length), titleTf: new Uint32Array(list.length), bodyTf: new Uint32Array(list.length) };
        reader.readAll(list.length, read.docs, read.titleTf, read.bodyTf);
        let doc = -1;
        const docs = list.map((p) => (doc += p.gap));
        expect(read).toEqual({
          docs: Uint32Array.from(docs),
          titleTf: Uint32Array.from(list, (p) => p.titleTf),
          bodyTf: Uint32Array.from(list, (p) => p.bodyTf),
        });
      }),
      { numRuns: 300 },
    );
  });

  it('spends a few bits on the common posting, a gap of a few documents and one body occurrence', () => {
    const list = Array.from({ length: 1000 }, (_, i) => ({ gap: 1 + (i % 7), titleTf: 0, bodyTf: 1 }));
    const bytes = new ByteWriter(16);
    const bits = new BitWriter(bytes);
    for (const p of list) writePostingBits(bits, riceParameter(4000, list.length), p.gap, p.titleTf, p.bodyTf);
    bits.align();
    expect(bytes.length).toBeLessThan(list.length * 0.6);
    expect(roundTrip([list], 4000)).toEqual([list]);
  });

  it('add up into per-document counters as reading them one by one does', () => {
    // Documents stay within the counters; small gaps take the fast path, the rest (gaps past the
    // Rice code's reach, counts other than one body occurrence, titles) the general one.
    const small = fc.record({ gap: fc.integer({ min: 1, max: 30 }), titleTf: fc.constant(0), bodyTf: fc.constant(1) });
    const other = fc.record({
      gap: fc.integer({ min: 1, max: 3000 }),
      titleTf: fc.integer({ min: 0, max: 3 }),
      bodyTf: fc.integer({ min: 0, max: 70_000 }),
    });
    const mixed = fc.oneof({ arbitrary: small, weight: 4 }, { arbitrary: other, weight: 1 });
    fc.assert(
      fc.property(fc.array(fc.array(mixed, { minLength: 1, maxLength: 80 }), { minLength: 1, maxLength: 5 }), (lists) => {
        const docCount = 1 + Math.max(...lists.map((l) => l.reduce((sum, p) => sum + p.gap, 0)));
        const bytes = new ByteWriter(16);
        const bits = new BitWriter(bytes);
        const starts: number[] = [];
        for (const list of lists) {
          starts.push(bytes.length);
          for (const p of list) writePostingBits(bits, riceParameter(docCount, list.length), p.gap, p.titleTf, p.bodyTf);
          bits.align();
        }
        const expected = { title: new Uint32Array(docCount), body: new Uint32Array(docCount) };
        for (const list of lists) {
          let doc = -1;
          for (const p of list) {
            doc += p.gap;
            expected.title[doc] = (expected.title[doc] as number) + p.titleTf;
            expected.body[doc] = (expected.body[doc] as number) + p.bodyTf;
          }
        }
        const title = new Uint32Array(docCount);
        const body = new Uint32Array(docCount);
        const reader = new PostingReader(bytes.result(), 4);
        lists.forEach((list, t) => {
          reader.startTerm(starts[t] as number, riceParameter(docCount, list.length));
          reader.accumulate(list.length, title, body);
        });
        expect({ title, body }).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
