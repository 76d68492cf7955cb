// Many byte streams growing side by side in one arena: each stream is a chain of
// chunks that double in size, so a rare term wastes a few bytes and a frequent
// one is a few long runs. The arena is a list of slabs (growing to 4 MB each),
// never one buffer copied into a twice larger one: that held up to twice the
// postings of a segment being built, and copied them each time it grew. The index writer appends every posting to its term's
// stream in document order, then copies each stream out whole in dictionary
// order — no per-posting sort or gather over the whole batch.
//
// Varints and bytes are written straight into the arena at a cursor on the selected
// stream: indexing writes one or two bytes per token, so a call per byte run
// and a copy through a scratch buffer (what this did first) were a third of the
// time spent building a segment.

const FIRST_CHUNK = 16;
const MAX_CHUNK = 1 << 16;
const FIRST_SLAB = 1 << 16;
const MAX_SLAB = 1 << 22;
/** The longest varint of a 32-bit value: a chunk with less room left is closed. */
const VARINT_MAX = 5;
/** A chunk's entry in the five per-chunk tables. */
const CHUNK_ENTRY_BYTES = 20;

/** A stream's entry in `streams`: its last chunk (−1: empty), that chunk's slab, and the write cursor and end of that chunk in the slab. */
const LAST = 0;
const SLAB = 1;
const AT = 2;
const END = 3;
const STREAM_ENTRY = 4;

export class ChunkedStreams {
  private readonly slabs: Uint8Array[] = [];
  /** The slab chunks are being cut from, and how much of it is taken. */
  private slab: Uint8Array = new Uint8Array(0);
  private slabUsed = 0;
  /** The slab holding the selected stream's last chunk (the cursor writes into it). */
  private arena: Uint8Array = this.slab;
  // Per chunk: its slab, where it starts in it, its capacity, bytes used once closed, the next chunk (−1: none).
  private chunkSlab: Uint32Array = new Uint32Array(1 << 12);
  private chunkStart: Uint32Array = new Uint32Array(1 << 12);
  private chunkCap: Uint32Array = new Uint32Array(1 << 12);
  private chunkUsed: Uint32Array = new Uint32Array(1 << 12);
  private chunkNext: Int32Array = new Int32Array(1 << 12).fill(-1);
  private chunks = 0;
  /** Per stream: its first chunk (−1: empty). */
  private first: Int32Array = new Int32Array(1 << 12).fill(-1);
  /**
   * Per stream, STREAM_ENTRY numbers side by side: selecting a stream (once per term of every
   * document indexed, over a segment's hundreds of thousands of terms) reads one cache line,
   * not one in each of five per-chunk tables.
   */
  private streams: Int32Array = new Int32Array(STREAM_ENTRY << 12).fill(-1);
  /** The selected stream, and the write cursor and end of its last chunk in the arena. */
  private current = -1;
  private at = 0;
  private end = 0;

  private growStreams(n: number): void {
    let size = this.first.length;
    while (size < n) size *= 2;
    const grow = (a: Int32Array, entry: number): Int32Array => {
      const b = new Int32Array(size * entry).fill(-1);
      b.set(a);
      return b;
    };
    this.first = grow(this.first, 1);
    this.streams = grow(this.streams, STREAM_ENTRY);
  }

  private newChunk(cap: number): number {
    if (this.chunks === this.chunkStart.length) {
      const size = this.chunks * 2;
      const grow = <T extends Uint32Array | Int32Array>(a: T, make: new (n: number) => T, fill?: number): T => {
        const b = new make(size);
        if (fill !== undefined) b.fill(fill);
        b.set(a);
        return b;
      };
      this.chunkSlab = grow(this.chunkSlab, Uint32Array);
      this.chunkStart = grow(this.chunkStart, Uint32Array);
      this.chunkCap = grow(this.chunkCap, Uint32Array);
      this.chunkUsed = grow(this.chunkUsed, Uint32Array);
      this.chunkNext = grow(this.chunkNext, Int32Array, -1);
    }
    if (this.slabUsed + cap > this.slab.length) {
      this.slab = new Uint8Array(Math.min(MAX_SLAB, Math.max(FIRST_SLAB, this.slab.length * 2)));
      this.slabs.push(this.slab);
      this.slabUsed = 0;
    }
    const c = this.chunks++;
    this.chunkSlab[c] = this.slabs.length - 1;
    this.chunkStart[c] = this.slabUsed;
    this.chunkCap[c] = cap;
    this.chunkUsed[c] = 0;
    this.chunkNext[c] = -1;
    this.slabUsed += cap;
    return c;
  }

  /** Records how far the cursor got in the selected stream. */
  private sync(): void {
    if (this.current >= 0) this.streams[STREAM_ENTRY * this.current + AT] = this.at;
  }

  /** Makes stream s the one varint() appends to. */
  select(s: number): void {
    if (s === this.current) return;
    this.sync();
    if (s >= this.first.length) this.growStreams(s + 1);
    this.current = s;
    const entry = STREAM_ENTRY * s;
    const streams = this.streams;
    if ((streams[entry + LAST] as number) < 0) {
      this.at = this.end = 0;
      return;
    }
    this.arena = this.slabs[streams[entry + SLAB] as number] as Uint8Array;
    this.at = streams[entry + AT] as number;
    this.end = streams[entry + END] as number;
  }

  /** Chains a chunk twice the size of the last one to the selected stream. */
  private extend(): void {
    const entry = STREAM_ENTRY * this.current;
    const streams = this.streams;
    const c = streams[entry + LAST] as number;
    if (c >= 0) this.chunkUsed[c] = this.at - (this.chunkStart[c] as number);
    const cap = c < 0 ? FIRST_CHUNK : Math.min(MAX_CHUNK, (this.chunkCap[c] as number) * 2);
    const next = this.newChunk(cap);
    if (c < 0) this.first[this.current] = next;
    else this.chunkNext[c] = next;
    this.arena = this.slab;
    this.at = this.chunkStart[next] as number;
    this.end = this.at + cap;
    streams[entry + LAST] = next;
    streams[entry + SLAB] = this.slabs.length - 1;
    streams[entry + AT] = this.at;
    streams[entry + END] = this.end;
  }

  /** Appends an unsigned varint to the selected stream. */
  varint(value: number): void {
    if (this.end - this.at < VARINT_MAX) this.extend();
    const arena = this.arena;
    let v = value >>> 0;
    while (v >= 0x80) {
      arena[this.at++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    arena[this.at++] = v;
  }

  /** Appends one byte to the selected stream. */
  byte(value: number): void {
    if (this.end === this.at) this.extend();
    this.arena[this.at++] = value;
  }

  bytes(data: Uint8Array): void {
    for (let i = 0; i < data.length; i++) this.byte(data[i] as number);
  }

  /** The bytes the streams fill: the slabs cut so far, and each chunk's entry in the tables (which grow by doubling). */
  get bytesHeld(): number {
    return this.slabs.reduce((n, slab) => n + slab.length, 0) + CHUNK_ENTRY_BYTES * this.chunks;
  }

  /** Hands each run of stream s's bytes, in order, to emit. */
  forEachRun(s: number, emit: (bytes: Uint8Array) => void): void {
    this.sync();
    if (s >= this.first.length) return;
    const last = this.streams[STREAM_ENTRY * s + LAST] as number;
    for (let c = this.first[s] as number; c >= 0; c = this.chunkNext[c] as number) {
      const start = this.chunkStart[c] as number;
      // The last chunk's length is the stream's cursor; an earlier one's was recorded when it was closed.
      const used = c === last ? (this.streams[STREAM_ENTRY * s + AT] as number) - start : (this.chunkUsed[c] as number);
      if (used > 0) emit((this.slabs[this.chunkSlab[c] as number] as Uint8Array).subarray(start, start + used));
    }
  }
}
