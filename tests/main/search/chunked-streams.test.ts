import { describe, expect, it } from 'vitest';
import { ChunkedStreams } from '../../../src/main/search/index/chunked-streams';

function streamBytes(streams: ChunkedStreams, s: number): number[] {
  const out: number[] = [];
  streams.forEachRun(s, (bytes) => out.push(...bytes));
  return out;
}

function varintBytes(value: number): number[] {
  const out: number[] = [];
  let v = value >>> 0;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
  return out;
}

describe('ChunkedStreams', () => {
  it('gives back each stream exactly as written, however writes to thousands of streams interleave', () => {
    const streams = new ChunkedStreams();
    const expected = new Map<number, number[]>();
    // A fixed pseudo-random order: streams of very different lengths, written a little at a time, past many chunks and slabs.
    let seed = 12345;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let i = 0; i < 200_000; i++) {
      const s = next(8) === 0 ? next(5000) : next(20);
      streams.select(s);
      const bytes = expected.get(s) ?? [];
      expected.set(s, bytes);
      if (next(2) === 0) {
        const value = next(2) === 0 ? next(128) : next(0x7fffffff) * 2;
        streams.varint(value);
        bytes.push(...varintBytes(value));
      } else {
        const value = next(256);
        streams.byte(value);
        bytes.push(value);
      }
    }
    // Several slabs (the first is 64 KB), so chunks of one stream sit in different slabs.
    expect(streams.bytesHeld).toBeGreaterThan(1 << 18);
    for (const [s, bytes] of expected) expect(streamBytes(streams, s)).toEqual(bytes);
    // A stream never written to has no bytes, and writing may go on after reading.
    expect(streamBytes(streams, 9999)).toEqual([]);
    streams.select(3);
    streams.byte(7);
    expect(streamBytes(streams, 3)).toEqual([...(expected.get(3) ?? []), 7]);
  });
});
