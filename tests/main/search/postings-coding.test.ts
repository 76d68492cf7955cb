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

const posting = fc.record({
  gap: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 2 ** 31 })),
  titleTf: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 2 ** 30 })),
  bodyTf: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 2 ** 30 })),
});

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

  it('spends a few bits on the common posting, a gap of a few documents and one body occurrence', () => {
    const list = Array.from({ length: 1000 }, (_, i) => ({ gap: 1 + (i % 7), titleTf: 0, bodyTf: 1 }));
    const bytes = new ByteWriter(16);
    const bits = new BitWriter(bytes);
    for (const p of list) writePostingBits(bits, riceParameter(4000, list.length), p.gap, p.titleTf, p.bodyTf);
    bits.align();
    expect(bytes.length).toBeLessThan(list.length * 0.6);
    expect(roundTrip([list], 4000)).toEqual([list]);
  });
});
