// A library folder opened for use: its two databases, blob packs, index
// segments, and the in-memory catalog — and the one door to them: callers say
// what they mean (write this as one unit, make it durable, remove these
// articles) and never hold a transaction themselves. A checkpoint is the single
// point at which work becomes part of the library on disk (see checkpoint()).
//
// Damage never costs more than it must: a damaged database falls back to its
// previous copy (open-databases.ts), damaged packs and segments are reported as
// such when read (and noted, so the app can offer a repair), and nothing on disk
// is deleted unless a library.db that loaded cleanly says it is unreferenced.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { LibraryNotice } from '../../shared/model';
import { FolioError } from '../folio-error';
import { SegmentDamage } from '../search/index/segment-checks';
import { SegmentSet } from '../search/index/segment-set';
import { decodeArticleBody, decodeArticleText } from '../store/article-body';
import type { ArticleBody } from '../store/article-body';
import { BlobDamage, BlobPacks, packName } from '../store/blob-packs';
import type { BlobLocation } from '../store/blob-packs';
import { CoalescedSave } from '../store/coalesced-save';
import type { DatabaseFile } from '../store/database-file';
import { LibraryDb } from '../store/library-db';
import { LibraryLock } from '../store/library-lock';
import { Statements } from '../store/sql-helpers';
import { StateDb } from '../store/state-db';
import { Catalog } from './catalog';
import { libraryPaths } from './library-paths';
import type { LibraryPaths } from './library-paths';
import { openDatabases } from './open-databases';

const SEGMENT_FILE = /^seg-(\d+)\.idx$/;

export interface OpenOptions {
  /** Read-only opens take no lock and never write (CLI search/show/stats). */
  readOnly: boolean;
}

/** A segment file as the index worker wrote it. */
export interface WrittenSegment {
  docs: number;
  bytes: number;
  checks: Uint8Array;
}

export class Library {
  /** The database's change count when library.db was last written. */
  private committedChanges = 0;
  private openedIndex: SegmentSet | null = null;
  private builtCatalog: Catalog | null = null;
  /** The latest library.db write: commits write in the order they were made. */
  private lastWrite: Promise<number> = Promise.resolve(0);
  /** True while a batch (an import job) keeps library.db's transaction open between checkpoints. */
  private inBatch = false;
  /** The id newSegmentFile() gives next; found when first needed. */
  private nextSegment: number | null = null;
  private readonly stateSave = new CoalescedSave(() => this.files.state.save(this.stateSql.db));

  private constructor(
    readonly paths: LibraryPaths,
    readonly db: LibraryDb,
    readonly state: StateDb,
    readonly packs: BlobPacks,
    private readonly openedReadOnly: boolean,
    private readonly lock: LibraryLock | null,
    private readonly librarySql: Statements,
    private readonly stateSql: Statements,
    private readonly files: { library: DatabaseFile; state: DatabaseFile },
    /** library.db loaded cleanly: files it does not list may be removed. */
    private readonly clean: boolean,
    /** Why nothing may be written until a repair, or null. */
    private writeBlocked: string | null,
    private found: LibraryNotice[],
  ) {}

  static async open(dir: string, options: OpenOptions): Promise<Library> {
    const paths = libraryPaths(dir);
    if (!options.readOnly) {
      if (existsSync(dir) && !statSync(dir).isDirectory()) throw new FolioError('library-unreadable', `${dir} is a file, not a library folder.`);
      mkdirSync(dir, { recursive: true });
    }
    const lock = options.readOnly ? null : LibraryLock.acquire(dir);
    const opened: { close(): void }[] = [];
    try {
      const dbs = await openDatabases(paths, options.readOnly);
      const librarySql = new Statements(dbs.library);
      opened.push(librarySql);
      const stateSql = new Statements(dbs.state);
      opened.push(stateSql);
      const db = new LibraryDb(librarySql);
      const access = options.readOnly ? 'read' : dbs.clean && dbs.writeBlocked === null ? 'append' : 'append-keeping';
      const packs = new BlobPacks(paths.packs, db.packs(), access);
      opened.push(packs);
      mkdirSync(paths.index, { recursive: true });
      const files = { library: dbs.libraryFile, state: dbs.stateFile };
      const library = new Library(paths, db, new StateDb(stateSql), packs, options.readOnly, lock, librarySql, stateSql, files, dbs.clean, dbs.writeBlocked, dbs.notices);
      // A new library is written at once, so it exists for readers even before anything is imported.
      if (dbs.created) await files.library.saveSnapshot(dbs.library.export(), false);
      if (!library.readOnly && dbs.clean) library.removeUnreferencedSegments();
      return library;
    } catch (error) {
      for (const o of opened.reverse()) o.close();
      lock?.release();
      throw error;
    }
  }

  /** Opened read-only, or made so by damage (until a repair). */
  get readOnly(): boolean {
    return this.openedReadOnly || this.writeBlocked !== null;
  }

  /** What was found wrong with the library's files, and what was done about it. */
  get notices(): readonly LibraryNotice[] {
    return this.found;
  }

  /** Notes damage found in use (once per file), so the app can offer a repair. */
  private noteDamage(file: string, message: string): void {
    if (!this.found.some((n) => n.kind === 'damage' && n.file === file)) this.found.push({ kind: 'damage', file, message, savedAt: null });
  }

  /** An article's stored text and HTML (where its row says they are). */
  readBody(at: BlobLocation): ArticleBody {
    return this.readStored(at, decodeArticleBody);
  }

  /** Only the text (snippets, verification): cheaper than readBody. */
  readText(at: BlobLocation): string {
    return this.readStored(at, decodeArticleText);
  }

  /** The stored body checked, then decoded; damage is reported as such (never shown as text). */
  private readStored<T>(at: BlobLocation, decode: (bytes: Uint8Array) => T): T {
    let detail: string;
    try {
      return decode(this.packs.read(at));
    } catch (error) {
      detail = error instanceof BlobDamage ? error.message : `its bytes cannot be decoded (${(error as Error).message})`;
    }
    const file = `packs/${packName(at.pack)}`;
    this.noteDamage(file, `${file} is damaged: ${detail}. Repair the library (folio repair) to read its articles again from their files.`);
    throw new FolioError('library-unreadable', `An article's stored text is damaged: ${detail}. Repair the library (folio repair) to read it again from its file.`);
  }

  private indexDamaged(detail: string): FolioError {
    this.noteDamage('index', `The search index is damaged: ${detail}. Repair the library (folio repair) to rebuild it.`);
    return new FolioError(
      'library-unreadable',
      `The search index of ${this.paths.dir} is damaged: ${detail}. Repair the library (folio repair) to rebuild it from the stored articles.`,
    );
  }

  /**
   * The search index, opened when first needed: the article list does not need it,
   * so a large library shows its list without first reading every segment's dictionary.
   */
  get index(): SegmentSet {
    if (this.openedIndex) return this.openedIndex;
    const index = new SegmentSet(this.paths.index);
    try {
      index.load(this.db.segments());
    } catch (error) {
      index.close();
      throw this.indexDamaged((error as Error).message);
    }
    this.openedIndex = index;
    return index;
  }

  /** Runs a read of the index; a damaged segment found on the way is reported as damage. */
  readIndex<T>(read: (index: SegmentSet) => T): T {
    const index = this.index;
    try {
      return read(index);
    } catch (error) {
      if (error instanceof SegmentDamage) throw this.indexDamaged(error.message);
      throw error;
    }
  }

  /**
   * A new segment's id and file name: past every segment the manifest lists, and past every
   * segment file in the folder (after a fallback, files the manifest does not list are kept).
   */
  newSegmentFile(): { id: number; file: string; path: string } {
    if (this.nextSegment === null) {
      const onDisk = readdirSync(this.paths.index).map((name) => Number(SEGMENT_FILE.exec(name)?.[1] ?? 0));
      this.nextSegment = Math.max(this.db.nextSegmentId(), ...onDisk.map((id) => id + 1));
    }
    const id = this.nextSegment++;
    const file = `seg-${String(id).padStart(6, '0')}.idx`;
    return { id, file, path: join(this.paths.index, file) };
  }

  /** Makes a newly written segment part of the index, and of the manifest the next checkpoint records. */
  addSegment(id: number, file: string, written: WrittenSegment): void {
    this.db.putSegment(id, file, written);
    this.index.add({ id, file, dead: null, checks: written.checks });
  }

  /** Swaps merged-away segments for their merge result (see SegmentSet.replace for snapshot). */
  replaceSegments(oldIds: number[], id: number, file: string, written: WrittenSegment, snapshot: Uint8Array[]): void {
    this.db.deleteSegments(oldIds);
    this.db.putSegment(id, file, written);
    this.index.replace(oldIds, { id, file, dead: null, checks: written.checks }, snapshot);
  }

  /**
   * Swaps the whole index for freshly built segments (repair): the manifest lists only
   * them, and the files of the former ones are deleted once that is committed.
   */
  replaceIndex(segments: readonly { id: number; file: string; written: WrittenSegment }[]): void {
    const former = this.db.segments();
    this.write(() => {
      this.db.deleteSegments(former.map((s) => s.id));
      for (const { id, file, written } of segments) this.db.putSegment(id, file, written);
    });
    this.openedIndex?.close();
    this.openedIndex = null;
    const index = new SegmentSet(this.paths.index);
    index.load(segments.map(({ id, file, written }) => ({ id, file, dead: null, checks: written.checks })));
    index.retire(former.map((s) => s.file));
    this.openedIndex = index;
  }

  /** An article's stored blob checked: its CRC-32 (computed now for a blob stored without one), or why it is damaged. */
  checkStored(at: BlobLocation): { crc: number } | { damage: string } {
    try {
      const bytes = this.packs.read(at);
      if (at.crc !== null) return { crc: at.crc };
      const crc = crc32(bytes);
      decodeArticleBody(bytes);
      return { crc };
    } catch (error) {
      return { damage: error instanceof BlobDamage ? error.message : `it cannot be decoded (${(error as Error).message})` };
    }
  }

  /**
   * A repair begins: writes are allowed again, and a reading state that was lost starts
   * afresh (the next save keeps the damaged state.db aside as state.db.damaged).
   */
  startRepair(): void {
    if (this.openedReadOnly) this.assertWritable();
    this.writeBlocked = null;
  }

  /** The damage noted so far was repaired. */
  clearNotices(): void {
    this.found = [];
  }

  /**
   * Every article's id, source, date and read/starred flags in memory, for lists, counts
   * and filters; built when first needed (re-importing unchanged files never needs it).
   */
  get catalog(): Catalog {
    if (this.builtCatalog) return this.builtCatalog;
    const catalog = new Catalog();
    catalog.rebuild(this.db.catalogRows());
    for (const s of this.state.articleStates()) catalog.setFlags(s.articleId, s.read, s.starred);
    this.builtCatalog = catalog;
    return catalog;
  }

  /** Brings the catalog up to date with library.db after articles were added, changed or removed. */
  refreshCatalog(): void {
    // Not built yet: it will be built from the database as it is when first needed.
    this.builtCatalog?.rebuild(this.db.catalogRows());
  }

  /**
   * Applies work to library.db as one unit: everything it writes, or (if it throws) nothing.
   * Inside a batch it is one step of the batch; it becomes durable at the next checkpoint.
   */
  write<T>(work: () => T): T {
    this.assertWritable();
    return this.inBatch ? this.librarySql.savepoint(work) : this.librarySql.transaction(work);
  }

  /**
   * A long job's work (an import): what it writes becomes part of the library at each
   * checkpoint() it makes and at its end. If it fails, everything since its last
   * checkpoint is dropped, whole — rows, index and catalog are as they were then.
   */
  async batch<T>(work: () => Promise<T>): Promise<T> {
    this.assertWritable();
    if (this.inBatch) throw new Error('library batches do not nest');
    this.librarySql.begin();
    this.inBatch = true;
    try {
      const result = await work();
      this.librarySql.commit();
      this.inBatch = false;
      await this.checkpoint();
      return result;
    } catch (error) {
      this.inBatch = false;
      this.librarySql.rollback();
      this.reloadIndex();
      this.refreshCatalog();
      throw error;
    }
  }

  /** Makes the open index match the manifest again (after a rollback); it is opened afresh later if that fails. */
  private reloadIndex(): void {
    const index = this.openedIndex;
    if (!index) return;
    try {
      index.load(this.db.segments());
    } catch {
      index.close();
      this.openedIndex = null;
    }
  }

  /**
   * Makes everything written so far part of the library: pack bytes are fsynced first,
   * segment files were fsynced when written, then library.db is replaced atomically —
   * the single commit point. A crash before that rename leaves the library as it was
   * at the previous checkpoint.
   */
  async checkpoint(): Promise<void> {
    this.assertWritable();
    if (!this.inBatch) return this.commit();
    this.librarySql.commit();
    await this.commit();
    this.librarySql.begin();
  }

  private async commit(): Promise<void> {
    const index = this.openedIndex;
    // Re-importing an unchanged folder writes nothing, so it rewrites nothing either.
    const idle = this.librarySql.totalChanges() === this.committedChanges && !this.packs.dirty && !index?.hasChanges;
    if (idle) return;
    // What this commit makes durable is fixed here; the library may change while the
    // snapshot is compressed, and segment files retired after this point are still
    // referenced by it, so only those retired so far are deleted once it is written.
    const changes = index?.takeChanges() ?? { dead: [], retired: [] };
    this.librarySql.transaction(() => {
      for (const { id, length } of this.packs.sync()) this.db.setPackLength(id, length);
      for (const { id, dead } of changes.dead) this.db.setSegmentDead(id, dead);
    });
    const snapshot = this.librarySql.db.export();
    const total = this.librarySql.totalChanges();
    const write = this.lastWrite.then(() => this.files.library.saveSnapshot(snapshot));
    this.lastWrite = write.catch(() => 0);
    await write;
    this.committedChanges = total;
    // After a fallback, library.db's view of the files may be older than the files: keep them all.
    if (this.clean) for (const file of changes.retired) rmSync(join(this.paths.index, file), { force: true });
  }

  /** Removes articles (ids not in the library are ignored) and makes it durable; returns how many went. */
  async removeArticles(ids: readonly number[]): Promise<number> {
    this.assertWritable();
    const present = ids.filter((id) => this.catalog.has(id));
    if (present.length === 0) return 0;
    for (const id of present) this.index.kill(id);
    this.write(() => {
      this.db.deleteArticles(present);
      this.db.dropEmptySources();
    });
    await this.checkpoint();
    this.refreshCatalog();
    this.state.forgetArticles(present);
    await this.saveState();
    return present.length;
  }

  /**
   * Saves state.db (small, saved after every star). Saves asked for while one is being
   * written become one more save; the promise resolves once this change is durable.
   */
  saveState(): Promise<void> {
    this.assertWritable();
    return this.stateSave.request();
  }

  /** Segment files no commit refers to: a crashed job's or merge's leftovers. */
  private removeUnreferencedSegments(): void {
    const referenced = new Set(this.db.segments().map((s) => s.file));
    for (const name of readdirSync(this.paths.index)) {
      if (!referenced.has(name)) rmSync(join(this.paths.index, name), { force: true });
    }
  }

  assertWritable(): void {
    if (this.writeBlocked) throw new FolioError('library-unreadable', this.writeBlocked);
    if (this.openedReadOnly) throw new FolioError('invalid-request', 'This library was opened read-only, so nothing in it can be changed.');
  }

  diskBytes(): { db: number; total: number } {
    const size = (p: string): number => (existsSync(p) ? statSync(p).size : 0);
    const db = size(this.paths.libraryDb) + size(this.paths.stateDb);
    const segments = this.db.segments().reduce((n, s) => n + size(join(this.paths.index, s.file)), 0);
    return { db, total: db + segments + this.packs.totalBytes() + this.db.imageBytes() };
  }

  /** Waits for the state save and the library.db write still in progress, then closes everything and releases the lock. */
  async close(): Promise<void> {
    if (!this.readOnly) await this.stateSave.flush();
    await this.lastWrite;
    this.openedIndex?.close();
    this.packs.close();
    this.librarySql.close();
    this.stateSql.close();
    this.lock?.release();
  }
}
