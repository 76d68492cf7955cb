// Content-addressed article bodies, appended to a few large pack files rather
// than written as one small file each (100k files would waste a block apiece and
// slow every backup). library.db maps a blob's hash to its place and records how
// much of each pack is committed; bytes past that are a crashed job's leftovers
// and are cut off when the library opens.
import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { readScratch } from '../search/index/scratch-read';

export interface BlobLocation {
  pack: number;
  offset: number;
  length: number;
}

/** A pack is closed for appends past this size; reads stay plain pread. */
const PACK_LIMIT = 512 * 1024 * 1024;

const packName = (id: number): string => `pack-${String(id).padStart(6, '0')}.bin`;
const PACK_PATTERN = /^pack-(\d{6})\.bin$/;

export class BlobPacks {
  private readonly fds = new Map<number, number>();
  private readonly lengths = new Map<number, number>();
  private readonly unsynced = new Set<number>();
  private current: number;

  /** committed: each pack's committed length, as recorded in library.db. */
  constructor(
    private readonly dir: string,
    committed: { id: number; length: number }[],
    writable: boolean,
  ) {
    mkdirSync(dir, { recursive: true });
    for (const { id, length } of committed) this.lengths.set(id, length);
    if (writable) this.dropUncommitted();
    this.current = Math.max(1, ...committed.map((p) => p.id));
  }

  /** Cuts packs back to their committed length and removes packs no commit ever recorded. */
  private dropUncommitted(): void {
    for (const name of readdirSync(this.dir)) {
      const m = PACK_PATTERN.exec(name);
      if (!m) continue;
      const id = Number(m[1]);
      const length = this.lengths.get(id);
      if (length === undefined) {
        rmSync(join(this.dir, name), { force: true });
        continue;
      }
      const fd = openSync(join(this.dir, name), 'r+');
      try {
        if (fstatSync(fd).size > length) ftruncateSync(fd, length);
      } finally {
        closeSync(fd);
      }
    }
  }

  private fd(id: number): number {
    let fd = this.fds.get(id);
    if (fd === undefined) {
      const path = join(this.dir, packName(id));
      fd = openSync(path, existsSync(path) ? 'r+' : 'w+');
      this.fds.set(id, fd);
    }
    return fd;
  }

  append(bytes: Uint8Array): BlobLocation {
    let length = this.lengths.get(this.current) ?? 0;
    if (length > 0 && length + bytes.length > PACK_LIMIT) {
      this.current++;
      length = 0;
    }
    const pack = this.current;
    const fd = this.fd(pack);
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, length + written);
    this.lengths.set(pack, length + bytes.length);
    this.unsynced.add(pack);
    return { pack, offset: length, length: bytes.length };
  }

  /** A blob's bytes, valid until the next scratch read (callers inflate them at once). */
  read(at: BlobLocation): Uint8Array {
    const bytes = readScratch(this.fd(at.pack), at.length, at.offset);
    if (bytes.length !== at.length) throw new Error(`blob store: pack ${at.pack} is shorter than recorded`);
    return bytes;
  }

  get dirty(): boolean {
    return this.unsynced.size > 0;
  }

  /** Makes every append durable; returns the lengths to record as committed. */
  sync(): { id: number; length: number }[] {
    const synced = [...this.unsynced].map((id) => {
      fsyncSync(this.fd(id));
      return { id, length: this.lengths.get(id) ?? 0 };
    });
    this.unsynced.clear();
    return synced;
  }

  totalBytes(): number {
    let total = 0;
    for (const length of this.lengths.values()) total += length;
    return total;
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }
}
