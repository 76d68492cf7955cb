import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';

const CRC_CHUNK = 1 << 20;

/** Reads a whole file in chunks (Node refuses readFileSync above 2 GiB). */
export function readWholeFile(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const out = new Uint8Array(size);
    let at = 0;
    while (at < size) {
      const n = readSync(fd, out, at, Math.min(1 << 30, size - at), at);
      if (n === 0) break;
      at += n;
    }
    return at === size ? out : out.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

/** The CRC-32 of a file, read a chunk at a time: checking a large file must not hold all of it. */
export function crc32OfFile(path: string): number {
  const fd = openSync(path, 'r');
  try {
    const chunk = new Uint8Array(CRC_CHUNK);
    let crc = 0;
    for (let at = 0, n; (n = readSync(fd, chunk, 0, CRC_CHUNK, at)) > 0; at += n) crc = crc32(chunk.subarray(0, n), crc);
    return crc;
  } finally {
    closeSync(fd);
  }
}
