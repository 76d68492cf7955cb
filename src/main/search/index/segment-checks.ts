// Checksums of a segment file, kept in the index manifest (library.db) rather
// than in the file, so they sit apart from the segment format and its postings
// encoding: the file is cut into fixed blocks and each block's CRC-32 is
// recorded when the file is written. A reader checks a block the first time it
// reads from it (the dictionary's blocks when it opens), so flipped bytes are
// reported as damage instead of becoming wrong results; checked blocks are
// remembered, so a warm search pays nothing.
import { readSync } from 'node:fs';
import { basename } from 'node:path';
import { crc32 } from 'node:zlib';

/** 32 KB: the manifest holds 4 bytes per block (~40 KB for a 300 MB index), and a first read of a short list reads one block. */
export const CHECK_BLOCK_BYTES = 32 * 1024;

/** Layout of the recorded checks: Uint32 blockBytes, Uint32 fileBytes, then one CRC-32 per block (little-endian). */
const HEAD_WORDS = 2;

/** An index segment whose bytes are missing or do not match their checksums. */
export class SegmentDamage extends Error {}

function readFully(fd: number, into: Uint8Array, position: number): number {
  let got = 0;
  while (got < into.length) {
    const n = readSync(fd, into, got, into.length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

/** Computes the checks of the first `size` bytes of an open file (just written, so read from the page cache). */
export function computeChecks(fd: number, size: number): Uint8Array {
  const blocks = Math.ceil(size / CHECK_BLOCK_BYTES);
  const words = new Uint32Array(HEAD_WORDS + blocks);
  words[0] = CHECK_BLOCK_BYTES;
  words[1] = size;
  const chunk = new Uint8Array(Math.min(size, 64 * CHECK_BLOCK_BYTES));
  for (let at = 0; at < size; at += chunk.length) {
    const part = chunk.subarray(0, Math.min(chunk.length, size - at));
    if (readFully(fd, part, at) !== part.length) throw new Error('index segment: the file is shorter than what was written');
    for (let off = 0; off < part.length; off += CHECK_BLOCK_BYTES) {
      words[HEAD_WORDS + (at + off) / CHECK_BLOCK_BYTES] = crc32(part.subarray(off, Math.min(part.length, off + CHECK_BLOCK_BYTES)));
    }
  }
  return new Uint8Array(words.buffer);
}

/** Checks reads of one segment file against its recorded checks, each block once. */
export class SegmentChecks {
  private readonly words: Uint32Array;
  private readonly blockBytes: number;
  readonly fileBytes: number;
  private readonly checked: Uint8Array;

  constructor(
    recorded: Uint8Array,
    private readonly fd: number,
    private readonly path: string,
  ) {
    const copy = recorded.slice();
    this.words = new Uint32Array(copy.buffer, 0, Math.floor(copy.length / 4));
    this.blockBytes = this.words[0] ?? 0;
    this.fileBytes = this.words[1] ?? 0;
    const blocks = this.words.length - HEAD_WORDS;
    if (this.blockBytes <= 0 || blocks !== Math.ceil(this.fileBytes / this.blockBytes)) {
      throw new SegmentDamage(`the checksums recorded for index segment ${basename(path)} are damaged`);
    }
    this.checked = new Uint8Array(blocks);
  }

  /** Throws SegmentDamage unless every block holding bytes [offset, offset + length) matches its checksum. */
  verify(offset: number, length: number): void {
    if (length <= 0) return;
    const last = Math.floor((offset + length - 1) / this.blockBytes);
    for (let b = Math.floor(offset / this.blockBytes); b <= last; b++) {
      if (this.checked[b]) continue;
      // Unchecked blocks are read as one run.
      let end = b;
      while (end + 1 <= last && !this.checked[end + 1]) end++;
      this.checkRun(b, end);
      b = end;
    }
  }

  /** Where the block holding offset starts: a read from there can be checked as it is (checkRead). */
  blockStart(offset: number): number {
    return Math.floor(offset / this.blockBytes) * this.blockBytes;
  }

  /** Checks bytes read from a block start up to the end of the file (the dictionary, read once at open). */
  checkRead(start: number, bytes: Uint8Array): void {
    if (start + bytes.length !== this.fileBytes) throw new SegmentDamage(`index segment ${basename(this.path)} is cut short`);
    this.checkBlocks(start / this.blockBytes, bytes);
  }

  private checkRun(first: number, last: number): void {
    const start = first * this.blockBytes;
    const end = Math.min(this.fileBytes, (last + 1) * this.blockBytes);
    if (end <= start) throw new SegmentDamage(`index segment ${basename(this.path)} is damaged (a read past its recorded end)`);
    const bytes = new Uint8Array(end - start);
    if (readFully(this.fd, bytes, start) !== bytes.length) throw new SegmentDamage(`index segment ${basename(this.path)} is cut short`);
    this.checkBlocks(first, bytes);
  }

  /** bytes: whole blocks from block `first` on (the file's last block may be short). */
  private checkBlocks(first: number, bytes: Uint8Array): void {
    for (let from = 0, b = first; from < bytes.length; from += this.blockBytes, b++) {
      const crc = crc32(bytes.subarray(from, Math.min(bytes.length, from + this.blockBytes)));
      if (crc !== this.words[HEAD_WORDS + b]) {
        const at = b * this.blockBytes;
        throw new SegmentDamage(
          `index segment ${basename(this.path)} has damaged bytes (checksum mismatch in bytes ${at}–${at + this.blockBytes - 1})`,
        );
      }
      this.checked[b] = 1;
    }
  }
}
