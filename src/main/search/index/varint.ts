// LEB128-style unsigned varints: postings are mostly small deltas, one byte each.

export class ByteWriter {
  private buf: Uint8Array;
  length = 0;

  constructor(initial = 1 << 16) {
    this.buf = new Uint8Array(initial);
  }

  varint(value: number): void {
    if (this.length + 5 > this.buf.length) this.grow(5);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buf[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.length++] = v;
  }

  byte(value: number): void {
    if (this.length + 1 > this.buf.length) this.grow(1);
    this.buf[this.length++] = value;
  }

  bytes(data: Uint8Array): void {
    if (this.length + data.length > this.buf.length) this.grow(data.length);
    this.buf.set(data, this.length);
    this.length += data.length;
  }

  /** Pads with zeros to a multiple of n (typed-array views need aligned offsets). */
  align(n: number): void {
    const pad = (n - (this.length % n)) % n;
    if (this.length + pad > this.buf.length) this.grow(pad);
    this.buf.fill(0, this.length, this.length + pad);
    this.length += pad;
  }

  result(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }

  private grow(extra: number): void {
    let size = this.buf.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
}

export class ByteReader {
  pos: number;

  constructor(
    readonly buf: Uint8Array,
    start = 0,
    readonly end = buf.length,
  ) {
    this.pos = start;
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  varint(): number {
    const buf = this.buf;
    let byte = buf[this.pos++] as number;
    if (byte < 0x80) return byte;
    // Longer values scaled by multiplying: `2 ** shift` is a floating-point power per byte, 3× slower.
    let value = byte & 0x7f;
    let scale = 128;
    do {
      byte = buf[this.pos++] as number;
      value += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte >= 0x80);
    return value;
  }

  /** Skips n varints without decoding them. */
  skip(n: number): void {
    const buf = this.buf;
    for (let i = 0; i < n; i++) while ((buf[this.pos++] as number) >= 0x80);
  }
}
