// Typed-array helpers: a[i]++ spelled so strict index checking accepts it, and a growable column.

export function increment(a: Uint32Array, i: number): void {
  a[i] = (a[i] as number) + 1;
}

/** Returns a[i], then increments it (the write cursor of a counting sort). */
export function takeNext(a: Uint32Array, i: number): number {
  const v = a[i] as number;
  a[i] = v + 1;
  return v;
}

/** Growable Uint32 column. */
export class Column {
  data = new Uint32Array(256);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }

  /** A copy of the values pushed. */
  slice(): Uint32Array {
    return this.data.slice(0, this.length);
  }

  /** The values pushed, as a view that the next push may invalidate. */
  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }

  clear(): void {
    this.length = 0;
  }
}
