// Reads whose bytes are decoded at once (a posting list, a body to inflate) go
// into one reused buffer: searches make hundreds of small reads, and allocating
// a fresh buffer for each costs as much as the read itself.
import { readSync } from 'node:fs';

let scratch = new Uint8Array(1 << 16);

/** length bytes of fd at position, in a view that is only valid until the next scratch read. */
export function readScratch(fd: number, length: number, position: number): Uint8Array {
  if (length > scratch.length) {
    let size = scratch.length;
    while (size < length) size *= 2;
    scratch = new Uint8Array(size);
  }
  const view = scratch.subarray(0, length);
  const n = readSync(fd, view, 0, length, position);
  return n === length ? view : view.subarray(0, n);
}
