// The k best of a stream in O(n log k): a min-heap whose root is the worst kept item.

export class TopK {
  private readonly heap: number[] = [];

  /** compare(a, b) > 0 when a ranks above b. */
  constructor(
    private readonly k: number,
    private readonly compare: (a: number, b: number) => number,
  ) {}

  push(item: number): void {
    const h = this.heap;
    if (h.length < this.k) {
      h.push(item);
      this.up(h.length - 1);
    } else if (this.k > 0 && this.compare(item, h[0] as number) > 0) {
      h[0] = item;
      this.down(0);
    }
  }

  /** Best first. */
  sorted(): number[] {
    return [...this.heap].sort((a, b) => this.compare(b, a));
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(h[i] as number, h[parent] as number) >= 0) break;
      [h[i], h[parent]] = [h[parent] as number, h[i] as number];
      i = parent;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < h.length && this.compare(h[l] as number, h[worst] as number) < 0) worst = l;
      if (r < h.length && this.compare(h[r] as number, h[worst] as number) < 0) worst = r;
      if (worst === i) return;
      [h[i], h[worst]] = [h[worst] as number, h[i] as number];
      i = worst;
    }
  }
}
