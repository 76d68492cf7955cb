// Many byte streams growing side by side in one arena: each stream is a chain of
// chunks that double in size, so a rare term wastes a few bytes and a frequent
// one is a few long runs. The index writer appends every posting to its term's
// stream in document order, then copies each stream out whole in dictionary
// order — no per-posting sort or gather over the whole batch.

const FIRST_CHUNK = 16;
const MAX_CHUNK = 1 << 16;

export class ChunkedStreams {
  private arena: Uint8Array = new Uint8Array(1 << 20);
  private arenaUsed = 0;
  // Per chunk: where it starts in the arena, its capacity, bytes used, the next chunk (−1: none).
  private chunkStart: Uint32Array = new Uint32Array(1 << 12);
  private chunkCap: Uint32Array = new Uint32Array(1 << 12);
  private chunkUsed: Uint32Array = new Uint32Array(1 << 12);
  private chunkNext: Int32Array = new Int32Array(1 << 12).fill(-1);
  private chunks = 0;
  // Per stream: its first and last chunk (−1: empty).
  private first: Int32Array = new Int32Array(1 << 12).fill(-1);
  private last: Int32Array = new Int32Array(1 << 12).fill(-1);

  private growStreams(n: number): void {
    if (n <= this.first.length) return;
    let size = this.first.length;
    while (size < n) size *= 2;
    const grow = (a: Int32Array): Int32Array => {
      const b = new Int32Array(size).fill(-1);
      b.set(a);
      return b;
    };
    this.first = grow(this.first);
    this.last = grow(this.last);
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
      this.chunkStart = grow(this.chunkStart, Uint32Array);
      this.chunkCap = grow(this.chunkCap, Uint32Array);
      this.chunkUsed = grow(this.chunkUsed, Uint32Array);
      this.chunkNext = grow(this.chunkNext, Int32Array, -1);
    }
    if (this.arenaUsed + cap > this.arena.length) {
      let size = this.arena.length * 2;
      while (size < this.arenaUsed + cap) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = grown;
    }
    const c = this.chunks++;
    this.chunkStart[c] = this.arenaUsed;
    this.chunkCap[c] = cap;
    this.chunkUsed[c] = 0;
    this.chunkNext[c] = -1;
    this.arenaUsed += cap;
    return c;
  }

  /** Appends bytes[0..n) to stream s. */
  append(s: number, bytes: Uint8Array, n: number): void {
    if (s >= this.first.length) this.growStreams(s + 1);
    let done = 0;
    while (done < n) {
      let c = this.last[s] as number;
      if (c < 0 || this.chunkCap[c] === this.chunkUsed[c]) {
        const cap = c < 0 ? Math.max(FIRST_CHUNK, n) : Math.min(MAX_CHUNK, Math.max((this.chunkCap[c] as number) * 2, n - done));
        const next = this.newChunk(cap);
        if (c < 0) this.first[s] = next;
        else this.chunkNext[c] = next;
        this.last[s] = next;
        c = next;
      }
      const used = this.chunkUsed[c] as number;
      const take = Math.min(n - done, (this.chunkCap[c] as number) - used);
      // A byte loop: these runs are a few bytes long, and a subarray per copy would allocate.
      const arena = this.arena;
      const to = (this.chunkStart[c] as number) + used;
      for (let k = 0; k < take; k++) arena[to + k] = bytes[done + k] as number;
      this.chunkUsed[c] = used + take;
      done += take;
    }
  }

  /** Hands each run of stream s's bytes, in order, to emit. */
  forEachRun(s: number, emit: (bytes: Uint8Array) => void): void {
    if (s >= this.first.length) return;
    for (let c = this.first[s] as number; c >= 0; c = this.chunkNext[c] as number) {
      const start = this.chunkStart[c] as number;
      emit(this.arena.subarray(start, start + (this.chunkUsed[c] as number)));
    }
  }
}
