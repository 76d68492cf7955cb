// A hash map from 32-bit unsigned keys to 32-bit values, open addressing over
// typed arrays. Tokenising and index building look up a CJK bigram (two UTF-16
// units packed into one number) for every character imported; a Map keyed by
// strings would build and hash a string each time.
export class U32Map {
  private keys: Uint32Array;
  private values: Uint32Array;
  /** A slot is in use when its stamp equals the current generation, so clear() is O(1). */
  private stamps: Uint32Array;
  private generation = 1;
  private shift: number;
  size = 0;

  constructor(capacityLog2 = 12) {
    this.keys = new Uint32Array(1 << capacityLog2);
    this.values = new Uint32Array(1 << capacityLog2);
    this.stamps = new Uint32Array(1 << capacityLog2);
    this.shift = 32 - capacityLog2;
  }

  private slot(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** The value for key, or -1. */
  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let h = this.slot(key); ; h = (h + 1) & mask) {
      if (this.stamps[h] !== this.generation) return -1;
      if (this.keys[h] === key) return this.values[h] as number;
    }
  }

  /** Adds a key that is not in the map. */
  add(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let h = this.slot(key);
    while (this.stamps[h] === this.generation) h = (h + 1) & mask;
    this.stamps[h] = this.generation;
    this.keys[h] = key;
    this.values[h] = value;
    this.size++;
  }

  clear(): void {
    this.size = 0;
    if (++this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
  }

  private grow(): void {
    const { keys, values, stamps, generation } = this;
    const size = keys.length * 2;
    this.keys = new Uint32Array(size);
    this.values = new Uint32Array(size);
    this.stamps = new Uint32Array(size);
    this.shift--;
    this.generation = 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (stamps[i] === generation) this.add(keys[i] as number, values[i] as number);
  }
}
