// Real PNG files made on the spot (tests, the benchmark): any size, with content
// that differs by seed, so each one is its own image to the library's digest.
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export interface PngOptions {
  width: number;
  height: number;
  seed?: number;
  /** Noise makes the file about as large as its pixels (photographs); without it, a gradient compresses to little. */
  noise?: boolean;
}

export function makePng({ width, height, seed = 1, noise = false }: PngOptions): Buffer {
  const row = 1 + width * 3;
  const raw = Buffer.alloc(row * height);
  let state = (seed * 2654435761) >>> 0 || 1;
  for (let y = 0; y < height; y++) {
    const at = y * row;
    for (let x = 0; x < width; x++) {
      const p = at + 1 + x * 3;
      if (noise) {
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
      }
      raw[p] = ((x * 255) / width + seed * 37 + (noise ? state & 31 : 0)) & 255;
      raw[p + 1] = ((y * 255) / height + seed * 11) & 255;
      raw[p + 2] = (((x + y) * 128) / (width + height) + seed * 3 + (noise ? (state >>> 8) & 31 : 0)) & 255;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: noise ? 1 : 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
