import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

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
