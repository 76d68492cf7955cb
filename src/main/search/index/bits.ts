// Bit-level codes for postings (segment format 4): Rice codes for document gaps
// and Elias gamma codes for counts, least significant bit first. A docs stream
// of varints spends at least a byte on every posting; most postings of a large
// segment are a gap of a few documents and "once in the body", which fit in a
// few bits.
/** Where a BitWriter puts each byte it completes. */
export interface ByteSink {
  byte(value: number): void;
  bytes(data: Uint8Array): void;
}

/** A unary run this long means the value follows in 32 plain bits (a gap far beyond its Rice parameter). */
export const ESCAPE = 24;

/**
 * The Rice parameter for values averaging meanGap: floor(log2(meanGap · ln 2)),
 * computed on integers (it runs for every term of every document indexed).
 */
export function riceFor(meanGap: number): number {
  return meanGap < 2 ? 0 : Math.min(24, 31 - Math.clz32(Math.floor(meanGap * Math.LN2)));
}

/** The Rice parameter for a term in df of docCount documents. */
export function riceParameter(docCount: number, df: number): number {
  return riceFor(docCount / Math.max(1, df));
}

export class BitWriter {
  private acc = 0;
  private bits = 0;

  constructor(private readonly out: ByteSink) {}

  /** Continues a stream left with these pending bits (see pending and pendingBits). */
  resume(acc: number, bits: number): void {
    this.acc = acc;
    this.bits = bits;
  }

  /** The bits not yet handed to the output, as a number (with pending, what resume() takes). */
  get pendingBits(): number {
    return this.acc;
  }

  /** Appends the n low bits of value (n ≤ 24). */
  write(value: number, n: number): void {
    this.acc |= (value & ((1 << n) - 1)) << this.bits;
    this.bits += n;
    while (this.bits >= 8) {
      this.out.byte(this.acc & 0xff);
      this.acc >>>= 8;
      this.bits -= 8;
    }
  }

  /** q zero bits, then a one. */
  private unary(q: number): void {
    for (; q >= 16; q -= 16) this.write(0, 16);
    this.write(1 << q, q + 1);
  }

  rice(value: number, k: number): void {
    const q = value < 0x80000000 ? value >>> k : Math.floor(value / 2 ** k);
    if (q + 1 + k <= 24) {
      // The common case in one write: q zeros, a one, then the k low bits.
      this.write((1 << q) | ((value & ((1 << k) - 1)) << (q + 1)), q + 1 + k);
      return;
    }
    if (q >= ESCAPE) {
      for (let z = ESCAPE; z > 0; z -= 12) this.write(0, 12);
      this.write(value & 0xffff, 16);
      this.write(Math.floor(value / 0x10000) & 0xffff, 16);
      return;
    }
    this.unary(q);
    if (k > 0) this.write(value - q * 2 ** k, k);
  }

  /** Elias gamma of value ≥ 1. */
  gamma(value: number): void {
    const n = 31 - Math.clz32(value);
    this.unary(n);
    if (n > 16) {
      this.write(value & 0xffff, 16);
      this.write(value >>> 16, n - 16);
    } else if (n > 0) {
      this.write(value, n);
    }
  }

  /** Bits written since the last whole byte was handed to the output. */
  get pending(): number {
    return this.bits;
  }

  /** Appends the first `bits` bits of a stream written by another BitWriter, wherever this one stands. */
  copy(bytes: Uint8Array, bits: number): void {
    const whole = bits >>> 3;
    if (this.bits === 0) {
      this.out.bytes(bytes.subarray(0, whole));
    } else {
      for (let i = 0; i < whole; i++) this.write(bytes[i] as number, 8);
    }
    const rest = bits & 7;
    if (rest > 0) this.write(bytes[whole] as number, rest);
  }

  /** Pads to a whole byte: every term's stream starts on a byte boundary. */
  align(): void {
    if (this.bits > 0) this.write(0, 8 - this.bits);
  }
}

export class BitReader {
  private acc = 0;
  private bits = 0;
  pos = 0;

  constructor(private readonly bytes: Uint8Array) {}

  /** Starts reading at a byte offset. */
  seek(pos: number): void {
    this.pos = pos;
    this.acc = 0;
    this.bits = 0;
  }

  /** Where the next bit is read from, in bits from the start of the bytes. */
  get bitPosition(): number {
    return this.pos * 8 - this.bits;
  }

  /** Starts reading at a bit offset. */
  seekBit(bit: number): void {
    this.seek(bit >>> 3);
    if ((bit & 7) !== 0) this.read(bit & 7);
  }

  private fill(): void {
    while (this.bits <= 24) {
      const b = this.pos < this.bytes.length ? (this.bytes[this.pos] as number) : 0;
      this.pos++;
      this.acc |= b << this.bits;
      this.bits += 8;
    }
  }

  /** The next n bits (n ≤ 24). */
  read(n: number): number {
    if (this.bits < n) this.fill();
    const v = this.acc & ((1 << n) - 1);
    this.acc >>>= n;
    this.bits -= n;
    return v;
  }

  /** Counts zero bits up to and including the next one bit; returns the zeros (at most limit, the one then not read). */
  private zeros(limit: number): number {
    let q = 0;
    for (;;) {
      if (this.bits === 0 || this.acc === 0) {
        // Whole accumulator of zeros: take them and refill.
        q += this.bits;
        this.acc = 0;
        this.bits = 0;
        if (q >= limit) {
          this.unread(q - limit);
          return limit;
        }
        this.fill();
        continue;
      }
      const z = 31 - Math.clz32(this.acc & -this.acc);
      if (q + z >= limit) {
        this.acc >>>= limit - q;
        this.bits -= limit - q;
        return limit;
      }
      this.acc >>>= z + 1;
      this.bits -= z + 1;
      return q + z;
    }
  }

  /** Gives back n zero bits taken too many (they were all zeros, so the accumulator just grows). */
  private unread(n: number): void {
    this.acc = this.acc << n;
    this.bits += n;
  }

  rice(k: number): number {
    // The common code in one step: its zeros, the one and the k low bits all in the accumulator.
    if (this.bits < 25) this.fill();
    const acc = this.acc;
    if (acc !== 0) {
      const z = 31 - Math.clz32(acc & -acc);
      const used = z + 1 + k;
      if (z < ESCAPE && used <= this.bits) {
        this.acc = used === 32 ? 0 : acc >>> used;
        this.bits -= used;
        return z * (1 << k) + ((acc >>> (z + 1)) & ((1 << k) - 1));
      }
    }
    const q = this.zeros(ESCAPE);
    if (q === ESCAPE) return this.read(16) + this.read(16) * 0x10000;
    return k > 0 ? q * 2 ** k + this.read(k) : q;
  }

  gamma(): number {
    const n = this.zeros(32);
    if (n > 16) return 2 ** n + this.read(16) + this.read(n - 16) * 0x10000;
    return n > 0 ? (1 << n) | this.read(n) : 1;
  }
}
