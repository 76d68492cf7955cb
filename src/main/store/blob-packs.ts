// Content-addressed article bodies, appended to a few large pack files rather
// than written as one small file each (100k files would waste a block apiece and
// slow every backup). library.db maps a blob's hash to its place and its CRC-32,
// and records how much of each pack is committed; bytes past that are a crashed
// job's leftovers and are cut off when the library opens — but only when the
// library.db that says so loaded cleanly (see PackAccess). A blob is checked
// against its CRC-32 whenever it is read (~1 µs for a typical article), so damaged
// bytes are reported, never shown.
import { closeSync, existsSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { readScratch } from '../search/index/scratch-read';

export interface BlobLocation {
  pack: number;
  offset: number;
  length: number;
  /** CRC-32 of the stored bytes; null for blobs written before checksums were kept. */
  crc: number | null;
}

/**
 * read: never writes. append: appends, and first cuts packs back to their committed
 * length and removes packs no commit recorded. append-keeping: appends after whatever
 * is there, removes nothing, and records every pack as long as it is (library.db came
 * from its previous copy, whose view of the packs may be older than the packs).
 */
export type PackAccess = 'read' | 'append' | 'append-keeping';

/** A pack or one of its blobs is missing, cut short or damaged. */
export class BlobDamage extends Error {
  constructor(
    readonly pack: string,
    message: string,
  ) {
    super(message);
  }
}

/** A pack is closed for appends past this size; reads stay plain pread. */
const PACK_LIMIT = 512 * 1024 * 1024;

export const packName = (id: number): string => `pack-${String(id).padStart(6, '0')}.bin`;
const PACK_PATTERN = /^pack-(\d{6})\.bin$/;

export class BlobPacks {
  private readonly readFds = new Map<number, number>();
  /** Where the next append goes: the pack, its descriptor (opened on first append) and length. */
  private current: { id: number; fd: number | null; length: number };
  private readonly committed = new Map<number, number>();
  private readonly unsynced = new Map<number, number>();

  /** committed: each pack's committed length, as recorded in library.db. */
  constructor(
    private readonly dir: string,
    committed: { id: number; length: number }[],
    access: PackAccess,
  ) {
    mkdirSync(dir, { recursive: true });
    for (const { id, length } of committed) this.committed.set(id, length);
    if (access === 'append') this.dropUncommitted();
    if (access === 'append-keeping') this.adoptUncommitted();
    this.current = this.appendTarget();
  }

  private path(id: number): string {
    return join(this.dir, packName(id));
  }

  private onDisk(): Map<number, number> {
    const sizes = new Map<number, number>();
    for (const name of readdirSync(this.dir)) {
      const m = PACK_PATTERN.exec(name);
      if (m) sizes.set(Number(m[1]), statSync(join(this.dir, name)).size);
    }
    return sizes;
  }

  /** Cuts packs back to their committed length and removes packs no commit ever recorded. */
  private dropUncommitted(): void {
    for (const [id, size] of this.onDisk()) {
      const length = this.committed.get(id);
      if (length === undefined) rmSync(this.path(id), { force: true });
      else if (size > length) {
        const fd = openSync(this.path(id), 'r+');
        try {
          ftruncateSync(fd, length);
        } finally {
          closeSync(fd);
        }
      }
    }
  }

  /**
   * Bytes past what library.db records were committed by the damaged library.db this one
   * stands in for (a backup of it may be restored): the next commit records them, so no
   * later open cuts them off.
   */
  private adoptUncommitted(): void {
    for (const [id, size] of this.onDisk()) if (size > (this.committed.get(id) ?? 0)) this.unsynced.set(id, size);
  }

  /**
   * The newest pack, appended after everything in it — unless it is shorter than its
   * committed length (damaged): then a new pack, so nothing is ever written into damage.
   */
  private appendTarget(): { id: number; fd: number | null; length: number } {
    const sizes = this.onDisk();
    const id = Math.max(1, ...this.committed.keys(), ...sizes.keys());
    const size = sizes.get(id) ?? 0;
    const committed = this.committed.get(id) ?? 0;
    if (size < committed) return { id: id + 1, fd: null, length: 0 };
    return { id, fd: null, length: size };
  }

  append(bytes: Uint8Array): BlobLocation {
    if (this.current.length > 0 && this.current.length + bytes.length > PACK_LIMIT) {
      if (this.current.fd !== null) this.finishPack(this.current.fd);
      this.current = { id: this.current.id + 1, fd: null, length: 0 };
    }
    const target = this.current;
    const path = this.path(target.id);
    target.fd ??= openSync(path, existsSync(path) ? 'r+' : 'w+');
    let written = 0;
    while (written < bytes.length) written += writeSync(target.fd, bytes, written, bytes.length - written, target.length + written);
    const at = { pack: target.id, offset: target.length, length: bytes.length, crc: crc32(bytes) };
    target.length += bytes.length;
    this.unsynced.set(target.id, target.length);
    return at;
  }

  /** A pack left for a new one is fsynced at once (its length is recorded at the next commit). */
  private finishPack(fd: number): void {
    fsyncSync(fd);
    closeSync(fd);
  }

  private readFd(id: number): number {
    let fd = this.readFds.get(id);
    if (fd === undefined) {
      try {
        fd = openSync(this.path(id), 'r');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new BlobDamage(
          packName(id),
          code === 'ENOENT' ? `${packName(id)} is missing` : `${packName(id)} cannot be read (${code ?? 'error'})`,
        );
      }
      this.readFds.set(id, fd);
    }
    return fd;
  }

  /** A blob's bytes, checked, valid until the next scratch read (callers inflate them at once). */
  read(at: BlobLocation): Uint8Array {
    const name = packName(at.pack);
    const bytes = readScratch(this.readFd(at.pack), at.length, at.offset);
    if (bytes.length !== at.length) throw new BlobDamage(name, `${name} is cut short (it ends before byte ${at.offset + at.length})`);
    if (at.crc !== null && crc32(bytes) !== at.crc)
      throw new BlobDamage(name, `${name} has damaged bytes (checksum mismatch at byte ${at.offset})`);
    return bytes;
  }

  get dirty(): boolean {
    return this.unsynced.size > 0;
  }

  /** Makes every append durable; returns the lengths to record as committed. */
  sync(): { id: number; length: number }[] {
    if (this.current.fd !== null && this.unsynced.has(this.current.id)) fsyncSync(this.current.fd);
    const synced = [...this.unsynced].map(([id, length]) => ({ id, length }));
    for (const { id, length } of synced) this.committed.set(id, length);
    this.unsynced.clear();
    return synced;
  }

  totalBytes(): number {
    const lengths = new Map([...this.committed, ...this.unsynced]);
    let total = 0;
    for (const length of lengths.values()) total += length;
    return total;
  }

  close(): void {
    for (const fd of this.readFds.values()) closeSync(fd);
    this.readFds.clear();
    if (this.current.fd !== null) closeSync(this.current.fd);
    this.current.fd = null;
  }
}
