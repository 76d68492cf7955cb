// The live index: every segment of the library, which of their documents are
// dead (removed or replaced articles), and where each article's current
// document lives. It also keeps what changed since the library last recorded
// it (dead sets, files merged away), so the commit that records a change is
// never left to a caller to remember.
import { join } from 'node:path';
import type { SegmentRecord } from './segment-record';
import { SegmentReader } from './segment-reader';

/** What changed in the set since it was last taken: dead sets to record, and files no longer part of it. */
export interface SegmentChanges {
  dead: { id: number; dead: Uint8Array | null }[];
  retired: string[];
}

export interface SegmentEntry {
  id: number;
  file: string;
  reader: SegmentReader;
  dead: Uint8Array;
  /** As recorded in the manifest (a merge checks its inputs against them). */
  checks: Uint8Array | null;
}

/** Opens the reader of a segment the manifest lists (the search worker's takes one it read ahead: segment-prefetch.ts). */
export type SegmentOpener = (path: string, checks: Uint8Array | null) => SegmentReader;

export class SegmentSet {
  private entries: SegmentEntry[] = [];
  /** articleId → index into entries (−1: not indexed), and the local document number. */
  private locSegment = new Int32Array(0);
  private locLocal = new Int32Array(0);
  private live = 0;
  private bodyTotal = 0;
  private titleTotal = 0;
  /** Segments whose dead set changed since the last takeChanges(). */
  private readonly changedDead = new Set<number>();
  /** Files of segments merged away since the last takeChanges(). */
  private retired: string[] = [];

  constructor(
    private readonly dir: string,
    private readonly openReader: SegmentOpener = (path, checks) => new SegmentReader(path, checks),
  ) {}

  get segments(): readonly SegmentEntry[] {
    return this.entries;
  }

  get liveDocs(): number {
    return this.live;
  }

  get avgBodyLength(): number {
    return this.live > 0 ? this.bodyTotal / this.live : 1;
  }

  /** BM25F normalises title and body lengths apart: a headline is short whatever its article's length. */
  get avgTitleLength(): number {
    return this.live > 0 ? this.titleTotal / this.live : 1;
  }

  /** One more than the largest article id indexed (the size of per-article arrays). */
  get universe(): number {
    return this.locSegment.length;
  }

  load(records: SegmentRecord[]): void {
    this.close();
    this.changedDead.clear();
    this.retired = [];
    for (const r of records) this.entries.push(this.open(r));
    this.reindex();
  }

  add(record: SegmentRecord): void {
    this.entries.push(this.open(record));
    this.reindex();
  }

  /**
   * Swaps merged-away segments for their merge result. The merge left out the documents
   * dead in `snapshot` (one bitmap per input, in input order); any that died since are
   * marked dead in the result too. Returns true when that happened.
   */
  replace(oldIds: number[], record: SegmentRecord, snapshot: Uint8Array[]): boolean {
    const gone = this.entries.filter((e) => oldIds.includes(e.id));
    const merged = this.open(record);
    let diedMeanwhile = false;
    let n = 0;
    gone.forEach((e, i) => {
      const before = snapshot[i] ?? new Uint8Array(e.reader.docCount);
      for (let l = 0; l < e.reader.docCount; l++) {
        if (before[l]) continue;
        if (e.dead[l]) {
          merged.dead[n] = 1;
          diedMeanwhile = true;
        }
        n++;
      }
    });
    this.entries = this.entries.filter((e) => !oldIds.includes(e.id));
    for (const e of gone) {
      e.reader.close();
      this.changedDead.delete(e.id);
      this.retired.push(e.file);
    }
    this.entries.push(merged);
    if (diedMeanwhile) this.changedDead.add(merged.id);
    this.reindex();
    return diedMeanwhile;
  }

  /** Marks an article's current document dead; returns the id of the segment changed, or null. */
  kill(articleId: number): number | null {
    if (articleId >= this.locSegment.length) return null;
    const seg = this.locSegment[articleId] as number;
    if (seg < 0) return null;
    const entry = this.entries[seg] as SegmentEntry;
    const local = this.locLocal[articleId] as number;
    entry.dead[local] = 1;
    this.changedDead.add(entry.id);
    this.locSegment[articleId] = -1;
    this.live--;
    this.bodyTotal -= entry.reader.bodyLengths[local] as number;
    this.titleTotal -= entry.reader.titleLengths[local] as number;
    return entry.id;
  }

  /** The segment and local document number of an article's current document, or null. */
  where(articleId: number): { segment: SegmentEntry; local: number } | null {
    if (!this.isLive(articleId)) return null;
    return { segment: this.entries[this.locSegment[articleId] as number] as SegmentEntry, local: this.locLocal[articleId] as number };
  }

  /** Files that were part of the index before it was rebuilt: deleted once a commit no longer lists them. */
  retire(files: readonly string[]): void {
    this.retired.push(...files);
  }

  get hasChanges(): boolean {
    return this.changedDead.size > 0 || this.retired.length > 0;
  }

  /** The changes since the last call, handed over to be recorded (and forgotten here). */
  takeChanges(): SegmentChanges {
    const byId = new Map(this.entries.map((e) => [e.id, e]));
    const dead = [...this.changedDead].flatMap((id) => {
      const e = byId.get(id);
      return e ? [{ id, dead: e.dead.includes(1) ? e.dead : null }] : [];
    });
    const retired = this.retired;
    this.changedDead.clear();
    this.retired = [];
    return { dead, retired };
  }

  isLive(articleId: number): boolean {
    return articleId < this.locSegment.length && (this.locSegment[articleId] as number) >= 0;
  }

  close(): void {
    for (const e of this.entries) e.reader.close();
    this.entries = [];
    this.reindex();
  }

  private open(record: SegmentRecord): SegmentEntry {
    const checks = record.checks ?? null;
    const reader = this.openReader(join(this.dir, record.file), checks);
    const dead = new Uint8Array(reader.docCount);
    if (record.dead) dead.set(record.dead.subarray(0, reader.docCount));
    return { id: record.id, file: record.file, reader, dead, checks };
  }

  /** Later segments win: an article re-indexed after an update has its old document dead anyway. */
  private reindex(): void {
    let max = -1;
    for (const e of this.entries) for (const id of e.reader.articleIds) if (id > max) max = id;
    this.locSegment = new Int32Array(max + 1).fill(-1);
    this.locLocal = new Int32Array(max + 1);
    this.live = 0;
    this.bodyTotal = 0;
    this.titleTotal = 0;
    this.entries.forEach((e, s) => {
      const { articleIds, bodyLengths, titleLengths } = e.reader;
      for (let l = 0; l < articleIds.length; l++) {
        if (e.dead[l]) continue;
        const id = articleIds[l] as number;
        if ((this.locSegment[id] as number) >= 0) this.forget(id);
        this.locSegment[id] = s;
        this.locLocal[id] = l;
        this.live++;
        this.bodyTotal += bodyLengths[l] as number;
        this.titleTotal += titleLengths[l] as number;
      }
    });
  }

  private forget(articleId: number): void {
    const entry = this.entries[this.locSegment[articleId] as number] as SegmentEntry;
    const local = this.locLocal[articleId] as number;
    entry.dead[local] = 1;
    this.live--;
    this.bodyTotal -= entry.reader.bodyLengths[local] as number;
    this.titleTotal -= entry.reader.titleLengths[local] as number;
  }
}
