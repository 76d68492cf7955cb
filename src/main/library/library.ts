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
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LibraryNotice } from '../../shared/model';
import { FolioError } from '../folio-error';
import type { SegmentOpener, SegmentSet } from '../search/index/segment-set';
import { TitleTable } from '../search/rank/title-table';
import { decodeArticleBody, decodeArticleText } from '../store/article-body';
import type { ArticleBody } from '../store/article-body';
import { BlobPacks } from '../store/blob-packs';
import type { BlobLocation } from '../store/blob-packs';
import { CoalescedSave } from '../store/coalesced-save';
import type { DatabaseFile } from '../store/database-file';
import { LibraryDb } from '../store/library-db';
import type { RootRow } from '../store/library-rows';
import { LibraryLock } from '../store/library-lock';
import { Statements } from '../store/sql-helpers';
import { StateDb } from '../store/state-db';
import { Catalog } from './catalog';
import type { CatalogCopy } from './catalog';
import { DamageReports } from './damage-reports';
import { LibraryIndex } from './library-index';
import type { WrittenSegment } from './library-index';
import { libraryPaths } from './library-paths';
import { SourceDirectory } from './source-directory';
import type { LibraryPaths } from './library-paths';
import { openDatabases } from './open-databases';
import type { BytesHandover, OpenedDatabases } from './open-databases';

export interface OpenOptions extends BytesHandover {
  /** Read-only opens take no lock and never write (CLI search/show/stats). */
  readOnly: boolean;
  /** How the index's segments are opened when first needed (the search worker's reads some ahead). */
  openSegment?: SegmentOpener;
}

export class Library {
  /** The database's change count when library.db was last written. */
  private committedChanges = 0;
  private readonly indexes: LibraryIndex;
  private builtCatalog: Catalog | null = null;
  private loadedTitles: TitleTable | null = null;
  private directory: SourceDirectory | null = null;
  /** The latest library.db write: commits write in the order they were made. */
  private lastWrite: Promise<number> = Promise.resolve(0);
  /** True while a batch (an import job) keeps library.db's transaction open between checkpoints. */
  private inBatch = false;
  /** Articles removed since the last checkpoint: their read and star state goes once their removal is durable. */
  private removedSinceCheckpoint: number[] = [];
  private readonly stateSave = new CoalescedSave(() => this.files.state.save(this.stateSql.db));

  private readonly openedReadOnly: boolean;
  private readonly lock: LibraryLock | null;
  private readonly librarySql: Statements;
  private readonly stateSql: Statements;
  private readonly files: { library: DatabaseFile; state: DatabaseFile };
  /** library.db loaded cleanly: files it does not list may be removed. */
  private readonly clean: boolean;
  /** Why nothing may be written until a repair, or null. */
  private writeBlocked: string | null;
  private readonly damage: DamageReports;
  private loadedBytes: Uint8Array | null;

  private constructor(
    readonly paths: LibraryPaths,
    readonly db: LibraryDb,
    readonly state: StateDb,
    readonly packs: BlobPacks,
    opened: {
      readOnly: boolean;
      lock: LibraryLock | null;
      librarySql: Statements;
      stateSql: Statements;
      dbs: OpenedDatabases;
      openSegment?: SegmentOpener;
    },
  ) {
    this.openedReadOnly = opened.readOnly;
    this.lock = opened.lock;
    this.librarySql = opened.librarySql;
    this.stateSql = opened.stateSql;
    this.files = { library: opened.dbs.libraryFile, state: opened.dbs.stateFile };
    this.clean = opened.dbs.clean;
    this.writeBlocked = opened.dbs.writeBlocked;
    this.damage = new DamageReports(paths.dir, opened.dbs.notices);
    this.indexes = new LibraryIndex(paths, db, (detail) => this.damage.index(detail), opened.openSegment);
    this.loadedBytes = opened.dbs.libraryBytes;
  }

  static async open(dir: string, options: OpenOptions): Promise<Library> {
    const paths = libraryPaths(dir);
    if (!options.readOnly) {
      if (existsSync(dir) && !statSync(dir).isDirectory())
        throw new FolioError('library-unreadable', `${dir} is a file, not a library folder.`);
      mkdirSync(dir, { recursive: true });
    }
    const lock = options.readOnly ? null : LibraryLock.acquire(dir);
    const opened: { close(): void }[] = [];
    try {
      const dbs = await openDatabases(paths, options.readOnly, options);
      const librarySql = new Statements(dbs.library);
      opened.push(librarySql);
      const stateSql = new Statements(dbs.state);
      opened.push(stateSql);
      const db = new LibraryDb(librarySql);
      const access = options.readOnly ? 'read' : dbs.clean && dbs.writeBlocked === null ? 'append' : 'append-keeping';
      const packs = new BlobPacks(paths.packs, db.packs(), access);
      opened.push(packs);
      mkdirSync(paths.index, { recursive: true });
      const library = new Library(paths, db, new StateDb(stateSql), packs, {
        readOnly: options.readOnly,
        lock,
        librarySql,
        stateSql,
        dbs,
        openSegment: options.openSegment,
      });
      // A new library is written at once, so it exists for readers even before anything is imported.
      if (dbs.created) await dbs.libraryFile.saveSnapshot(dbs.library.export(), false);
      if (!library.readOnly && dbs.clean) library.indexes.removeUnlisted();
      return library;
    } catch (error) {
      for (const o of opened.reverse()) o.close();
      lock?.release();
      throw error;
    }
  }

  /** A copy of library.db's bytes as loaded (opened with handOver), once: held no longer than it takes to hand it over. */
  takeLoadedBytes(): Uint8Array | null {
    const bytes = this.loadedBytes;
    this.loadedBytes = null;
    return bytes;
  }

  /** library.db loaded cleanly: files it no longer lists (downloaded images a cleanup dropped) may be deleted. */
  get loadedCleanly(): boolean {
    return this.clean;
  }

  /** Opened read-only, or made so by damage (until a repair). */
  get readOnly(): boolean {
    return this.openedReadOnly || this.writeBlocked !== null;
  }

  /** What was found wrong with the library's files, and what was done about it. */
  get notices(): readonly LibraryNotice[] {
    return this.damage.notices;
  }

  /** Damage the search worker found reading the same files: shown and repaired like damage found here. */
  noteDamage(notices: readonly LibraryNotice[]): void {
    this.damage.adopt(notices);
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
    try {
      return decode(this.packs.read(at));
    } catch (error) {
      throw this.damage.storedText(at, error);
    }
  }

  /**
   * The search index, opened when first needed: the article list does not need it,
   * so a large library shows its list without first reading every segment's dictionary.
   */
  get index(): SegmentSet {
    return this.indexes.set;
  }

  /** Runs a read of the index; a damaged segment found on the way is reported as damage. */
  readIndex<T>(read: (index: SegmentSet) => T): T {
    return this.indexes.read(read);
  }

  /**
   * A new segment's id and file name: past every segment the manifest lists, and past every
   * segment file in the folder (after a fallback, files the manifest does not list are kept).
   */
  newSegmentFile(): { id: number; file: string; path: string } {
    return this.indexes.newSegmentFile();
  }

  /** Makes a newly written segment part of the index, and of the manifest the next checkpoint records. */
  addSegment(id: number, file: string, written: WrittenSegment): void {
    this.indexes.add(id, file, written);
  }

  /** Swaps merged-away segments for their merge result (see SegmentSet.replace for snapshot). */
  replaceSegments(oldIds: number[], id: number, file: string, written: WrittenSegment, snapshot: Uint8Array[]): void {
    this.indexes.replace(oldIds, id, file, written, snapshot);
  }

  /**
   * Swaps the whole index for freshly built segments (repair): the manifest lists only
   * them, and the files of the former ones are deleted once that is committed.
   */
  replaceIndex(segments: readonly { id: number; file: string; written: WrittenSegment }[]): void {
    this.indexes.replaceAll(segments, (work) => this.write(work));
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
    this.damage.clear();
  }

  /**
   * Every article's id, source, date and read/starred flags in memory, for lists, counts
   * and filters; built when first needed (re-importing unchanged files never needs it).
   */
  get catalog(): Catalog {
    if (this.builtCatalog) return this.builtCatalog;
    const catalog = new Catalog();
    this.fillCatalog(catalog);
    for (const s of this.state.articleStates()) catalog.setFlags(s.articleId, s.read, s.starred);
    this.builtCatalog = catalog;
    return catalog;
  }

  /** Takes over a catalog another thread built from the same files (the search worker the main thread's), unless one is built. */
  adoptCatalog(copy: CatalogCopy): void {
    this.builtCatalog ??= Catalog.fromCopy(copy);
  }

  /** Every article's headline, for ranking and suggestions; read when first needed. */
  get titles(): TitleTable {
    if (this.loadedTitles) return this.loadedTitles;
    const titles = new TitleTable();
    titles.load(this.db.titles());
    this.loadedTitles = titles;
    return titles;
  }

  /** Sources with the user's renames, merges and hidden flags applied. */
  get sources(): SourceDirectory {
    this.directory ??= new SourceDirectory(this.db.sources(), this.state.sourcePrefs());
    return this.directory;
  }

  /** Articles of a merged source are listed under the source it was merged into. */
  private fillCatalog(catalog: Catalog): void {
    const sources = this.sources;
    const articles = this.db.catalogColumns();
    // Only the source is mapped (merged sources list as one); the rest is as the database says.
    catalog.rebuild({ ...articles, sources: articles.sources.map((source) => sources.canonicalId(source)) });
    catalog.setHiddenSources(sources.hiddenIds());
  }

  /** Brings the catalog up to date with library.db (articles added, changed or removed) and with the user's source choices. */
  refreshCatalog(): void {
    this.directory = null;
    // Not built yet: it will be built from the database as it is when first needed.
    if (this.builtCatalog) this.fillCatalog(this.builtCatalog);
    this.loadedTitles?.load(this.db.titles());
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
      this.removedSinceCheckpoint = [];
      this.indexes.reload();
      this.refreshCatalog();
      throw error;
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
    const removed = this.takeRemoved();
    if (this.inBatch) {
      this.librarySql.commit();
      await this.commit();
      this.librarySql.begin();
    } else {
      await this.commit();
    }
    if (removed.length === 0) return;
    this.state.forgetArticles(removed);
    await this.saveState();
  }

  /** The removals this checkpoint makes durable; the sources they emptied go with them (once, however many were removed). */
  private takeRemoved(): number[] {
    const removed = this.removedSinceCheckpoint;
    if (removed.length > 0) this.write(() => this.db.dropEmptySources());
    this.removedSinceCheckpoint = [];
    return removed;
  }

  private async commit(): Promise<void> {
    // Re-importing an unchanged folder writes nothing, so it rewrites nothing either.
    const idle = this.librarySql.totalChanges() === this.committedChanges && !this.packs.dirty && !this.indexes.hasChanges;
    if (idle) return;
    // What this commit makes durable is fixed here; the library may change while the
    // snapshot is compressed, and segment files retired after this point are still
    // referenced by it, so only those retired so far are deleted once it is written.
    const changes = this.indexes.takeChanges();
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
    this.deleteArticles(present);
    await this.checkpoint();
    this.refreshCatalog();
    return present.length;
  }

  /**
   * Removes articles as one step of the batch in progress (an import whose file is no longer
   * an article): they leave the library at the batch's next checkpoint, or not at all if it fails.
   */
  removeArticlesInBatch(ids: readonly number[]): void {
    if (!this.inBatch) throw new Error('removeArticlesInBatch runs inside a batch');
    this.deleteArticles(ids);
  }

  private deleteArticles(ids: readonly number[]): void {
    this.write(() => this.db.deleteArticles(ids));
    for (const id of ids) this.index.kill(id);
    this.removedSinceCheckpoint.push(...ids);
  }

  /** The folders the user imported (by path): watched, refreshed, and imported again by `folio import` alone. */
  importRoots(): RootRow[] {
    return this.db.roots();
  }

  /**
   * Records folders as imported at this time: new ones always, known ones when `touch` (the import
   * changed the library). Part of the batch in progress, if any.
   */
  rememberImportRoots(paths: readonly string[], at: number, touch: boolean): void {
    this.write(() => {
      for (const path of paths) this.db.rememberRoot(path, at, touch);
    });
  }

  /**
   * Saves state.db (small, saved after every star). Saves asked for while one is being
   * written become one more save; the promise resolves once this change is durable.
   */
  saveState(): Promise<void> {
    this.assertWritable();
    return this.stateSave.request();
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
    this.indexes.close();
    this.packs.close();
    this.librarySql.close();
    this.stateSql.close();
    this.lock?.release();
  }
}
