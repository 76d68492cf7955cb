// The library's search index as the library keeps it: the segment set, opened
// when first needed; new segment files named so they never reuse a file in the
// folder; and each change recorded in the manifest (library.db) together with
// the live set, so the two never disagree. Damage found in a segment is
// reported as such (see Library.indexDamaged).
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SegmentDamage } from '../search/index/segment-checks';
import { SegmentSet } from '../search/index/segment-set';
import type { SegmentChanges, SegmentOpener } from '../search/index/segment-set';
import type { LibraryDb } from '../store/library-db';
import type { LibraryPaths } from './library-paths';

const SEGMENT_FILE = /^seg-(\d+)\.idx$/;

/** A segment file as the index worker wrote it. */
export interface WrittenSegment {
  docs: number;
  bytes: number;
  checks: Uint8Array;
}

export class LibraryIndex {
  private opened: SegmentSet | null = null;
  /** The id newSegmentFile() gives next; found when first needed. */
  private nextSegment: number | null = null;

  constructor(
    private readonly paths: LibraryPaths,
    private readonly db: LibraryDb,
    /** Turns damage found in the index into the error the caller sees (and notes it). */
    private readonly damaged: (detail: string) => Error,
    private readonly openSegment?: SegmentOpener,
  ) {}

  get set(): SegmentSet {
    if (this.opened) return this.opened;
    const index = new SegmentSet(this.paths.index, this.openSegment);
    try {
      index.load(this.db.segments());
    } catch (error) {
      index.close();
      throw this.damaged((error as Error).message);
    }
    this.opened = index;
    return index;
  }

  read<T>(work: (index: SegmentSet) => T): T {
    const index = this.set;
    try {
      return work(index);
    } catch (error) {
      if (error instanceof SegmentDamage) throw this.damaged(error.message);
      throw error;
    }
  }

  newSegmentFile(): { id: number; file: string; path: string } {
    if (this.nextSegment === null) {
      const onDisk = readdirSync(this.paths.index).map((name) => Number(SEGMENT_FILE.exec(name)?.[1] ?? 0));
      this.nextSegment = Math.max(this.db.nextSegmentId(), ...onDisk.map((id) => id + 1));
    }
    const id = this.nextSegment++;
    const file = `seg-${String(id).padStart(6, '0')}.idx`;
    return { id, file, path: join(this.paths.index, file) };
  }

  add(id: number, file: string, written: WrittenSegment): void {
    this.db.putSegment(id, file, written);
    this.set.add({ id, file, dead: null, checks: written.checks });
  }

  replace(oldIds: number[], id: number, file: string, written: WrittenSegment, snapshot: Uint8Array[]): void {
    this.db.deleteSegments(oldIds);
    this.db.putSegment(id, file, written);
    this.set.replace(oldIds, { id, file, dead: null, checks: written.checks }, snapshot);
  }

  /** Makes new segments the whole index; `record` writes the manifest (in a transaction of the caller's). */
  replaceAll(segments: readonly { id: number; file: string; written: WrittenSegment }[], record: (write: () => void) => void): void {
    const former = this.db.segments();
    record(() => {
      this.db.deleteSegments(former.map((s) => s.id));
      for (const { id, file, written } of segments) this.db.putSegment(id, file, written);
    });
    this.close();
    const index = new SegmentSet(this.paths.index, this.openSegment);
    index.load(segments.map(({ id, file, written }) => ({ id, file, dead: null, checks: written.checks })));
    index.retire(former.map((s) => s.file));
    this.opened = index;
  }

  /** Makes the open set match the manifest again (after a rollback); it is opened afresh later if that fails. */
  reload(): void {
    if (!this.opened) return;
    try {
      this.opened.load(this.db.segments());
    } catch {
      this.close();
    }
  }

  /** Removes segment files the manifest does not list: a crashed job's or merge's leftovers. */
  removeUnlisted(): void {
    const listed = new Set(this.db.segments().map((s) => s.file));
    for (const name of readdirSync(this.paths.index)) if (!listed.has(name)) rmSync(join(this.paths.index, name), { force: true });
  }

  /** Whether an open set has changes the next commit must record. */
  get hasChanges(): boolean {
    return this.opened?.hasChanges ?? false;
  }

  takeChanges(): SegmentChanges {
    return this.opened?.takeChanges() ?? { dead: [], retired: [] };
  }

  close(): void {
    this.opened?.close();
    this.opened = null;
  }
}
