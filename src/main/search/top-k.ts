// The k best of a stream in O(n log k): a min-heap whose root is the worst kept item.
// An item is an id ranked by two numbers (then by the id): a frequent term pushes
// thousands of ids per search, so keys are computed once per id and compared in
// place, never through a callback that would compute them again at every step.

export class TopK {
  // Grown as items come: k can be far larger than the hits there are (a deep page asks for offset + limit).
  private ids = new Float64Array(0);
  private first = new Float64Array(0);
  private second = new Float64Array(0);
  private size = 0;

  constructor(private readonly k: number) {}

  private grow(): void {
    const capacity = Math.min(this.k, Math.max(256, 2 * this.ids.length));
    const grown = (a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => {
      const b = new Float64Array(capacity);
      b.set(a);
      return b;
    };
    this.ids = grown(this.ids);
    this.first = grown(this.first);
    this.second = grown(this.second);
  }

  /** Heap slot i ranks above the item (first, second, id). */
  private above(i: number, first: number, second: number, id: number): boolean {
    const f = this.first[i] as number;
    if (f !== first) return f > first;
    const s = this.second[i] as number;
    if (s !== second) return s > second;
    return (this.ids[i] as number) > id;
  }

  private set(i: number, id: number, first: number, second: number): void {
    this.ids[i] = id;
    this.first[i] = first;
    this.second[i] = second;
  }

  private move(to: number, from: number): void {
    this.set(to, this.ids[from] as number, this.first[from] as number, this.second[from] as number);
  }

  /** Whether an item with these keys would be kept if pushed now. */
  admits(id: number, first: number, second: number): boolean {
    return this.size < this.k || (this.k > 0 && !this.above(0, first, second, id));
  }

  /** Ranks id by first, then second (higher is better), then by the id itself (higher is better). */
  push(id: number, first: number, second: number): void {
    if (this.size < this.k) {
      if (this.size === this.ids.length) this.grow();
      this.up(this.size++, id, first, second);
    } else if (this.k > 0 && !this.above(0, first, second, id)) {
      this.down(id, first, second);
    }
  }

  /** Best first. */
  sorted(): number[] {
    const order = Array.from({ length: this.size }, (_, i) => i);
    order.sort((a, b) => (a === b ? 0 : this.above(a, this.first[b] as number, this.second[b] as number, this.ids[b] as number) ? -1 : 1));
    return order.map((i) => this.ids[i] as number);
  }

  /** Places an item at slot i or above, moving worse-ranked parents down. */
  private up(i: number, id: number, first: number, second: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.above(parent, first, second, id)) break;
      this.move(i, parent);
      i = parent;
    }
    this.set(i, id, first, second);
  }

  /** Replaces the root (the worst kept) with the item and sifts it down. */
  private down(id: number, first: number, second: number): void {
    const n = this.size;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      // The worse child, by comparing the right one against the left.
      const worse = r < n && !this.above(r, this.first[l] as number, this.second[l] as number, this.ids[l] as number) ? r : l;
      if (this.above(worse, first, second, id)) break;
      this.move(i, worse);
      i = worse;
    }
    this.set(i, id, first, second);
  }
}
