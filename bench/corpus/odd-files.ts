// Files that are not plain articles: the broken inputs every real archive has a
// few of, and small PNG images for the posts that show one.
import { crc32, deflateSync } from 'node:zlib';
import type { Random } from './random';

export type BrokenKind = 'empty' | 'binary' | 'nul-bytes' | 'unclosed-front-matter';

export const BROKEN_KINDS: readonly BrokenKind[] = ['empty', 'binary', 'nul-bytes', 'unclosed-front-matter'];

/** A broken file of the given kind, and the extension it hides behind. */
export function brokenFile(random: Random, kind: BrokenKind): { extension: string; content: Uint8Array | string } {
  switch (kind) {
    case 'empty':
      return { extension: '.md', content: '' };
    case 'binary':
      return { extension: '.md', content: random.bytes(random.int(512, 4096)) };
    case 'nul-bytes':
      return {
        extension: '.txt',
        content: `<!--1600000000000-->\n[NUL ${random.hex(6)}](https://broken.example/${random.hex(8)})\n------\n\n<p>before\0after\0\0</p>\n`,
      };
    case 'unclosed-front-matter':
      return {
        extension: '.md',
        content: `---\ntitle: "never closed\ndate: 2020-01-01\n\n<p>Body without the closing marker ${random.hex(6)}.</p>\n`,
      };
  }
}

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid RGB PNG of random colour blocks (the importer sniffs bytes, so it must be a real image). */
export function pngImage(random: Random, width = 96, height = 64): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit depth, RGB, deflate, no filter method, no interlace
  const colours = Array.from({ length: 6 }, () => random.bytes(3));
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3);
    for (let x = 0; x < width; x++) {
      const colour = colours[(Math.floor(x / 16) + Math.floor(y / 16)) % colours.length] as Uint8Array;
      rows.set(colour, row + 1 + x * 3);
      rows[row + 1 + x * 3] = (colour[0] as number) ^ (random.next() < 0.2 ? 0x10 : 0);
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', new Uint8Array(0))]);
}
