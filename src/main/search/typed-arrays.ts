// a[i]++ on a typed array, spelled so strict index checking accepts it.

export function increment(a: Uint32Array, i: number): void {
  a[i] = (a[i] as number) + 1;
}

/** Returns a[i], then increments it (the write cursor of a counting sort). */
export function takeNext(a: Uint32Array, i: number): number {
  const v = a[i] as number;
  a[i] = v + 1;
  return v;
}
