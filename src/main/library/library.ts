// A library folder opened for use: its two databases, blob packs, index
// segments, and the in-memory catalog. Commit is the single point at which a
// job's work becomes part of the library (see commit()).
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FolioError } from '../folio-error';
import { SegmentSet } from '../search/index/segment-set';
import { decodeArticleBody, decodeArticleText } from '../store/article-body';
import type { ArticleBody } from '../store/article-body';
import { BlobPacks } from '../store/blob-packs';
import type { BlobLocation } from '../store/blob-packs';
import { openDatabaseFile, saveCompressedSnapshot, saveDatabaseFile } from '../store/database-file';
import { LibraryDb } from '../store/library-db';
import { LibraryLock } from '../store/library-lock';
import { libraryMigrations } from '../store/migrations/library';
import { stateMigrations } from '../store/migrations/state';
import { Statements } from '../store/sql-helpers';
import { StateDb } from '../store/state-db';
import { Catalog } from './catalog';
import { libraryPaths } from './library-paths';
import { SourceDirectory } from './source-directory';
import type { LibraryPaths } from './library-paths';

export interface OpenOptions {
  /** Read-only opens take no lock and never write (CLI search/show/stats). */
  readOnly: boolean;
}

export class Library {
  /** Segment files replaced by a merge, deleted once the commit that drops them is durable. */
  private retiredFiles: string[] = [];
  private readonly changedSegments = new Set<number>();
  /** The database's change count when library.db was last written. */
  private committedChanges = 0;
  private openedIndex: SegmentSet | null = null;
  private builtCatalog: Catalog | null = null;
  private directory: SourceDirectory | null = null;
  /** The latest library.db write: commits write in the order they were made. */
  private lastWrite: Promise<number> = Promise.resolve(0);

  private constructor(
    readonly paths: LibraryPaths,
    readonly db: LibraryDb,
    readonly state: StateDb,
    readonly packs: BlobPacks,
    readonly readOnly: boolean,
    private readonly lock: LibraryLock | null,
  ) {}

  static async open(dir: string, options: OpenOptions): Promise<Library> {
    const paths = libraryPaths(dir);
    if (options.readOnly) {
      if (!existsSync(paths.libraryDb)) throw new FolioError('folder-missing', `No Folio library at ${dir}. Import a folder into it first.`);
    } else {
      if (existsSync(dir) && !statSync(dir).isDirectory()) throw new FolioError('library-unreadable', `${dir} is a file, not a library folder.`);
      mkdirSync(dir, { recursive: true });
    }
    const lock = options.readOnly ? null : LibraryLock.acquire(dir);
    const opened: { close(): void }[] = [];
    try {
      const lib = await openDatabaseFile(paths.libraryDb, libraryMigrations, 'library database');
      const libSql = new Statements(lib.db);
      opened.push(libSql);
      const st = await openDatabaseFile(paths.stateDb, stateMigrations, 'reading-state database');
      const stateSql = new Statements(st.db);
      opened.push(stateSql);
      const db = new LibraryDb(libSql);
      const packs = new BlobPacks(paths.packs, db.packs(), !options.readOnly);
      opened.push(packs);
      mkdirSync(paths.index, { recursive: true });
      const library = new Library(paths, db, new StateDb(stateSql), packs, options.readOnly, lock);
      // A new library is written at once, so it exists for readers even before anything is imported.
      if (!options.readOnly && !existsSync(paths.libraryDb)) await saveCompressedSnapshot(lib.db.export(), paths.libraryDb);
      if (!options.readOnly) library.removeUnreferencedSegments();
      return library;
    } catch (error) {
      for (const o of opened.reverse()) o.close();
      lock?.release();
      throw error;
    }
  }

  /** An article's stored text and HTML (where its row says they are). */
  readBody(at: BlobLocation): ArticleBody {
    return decodeArticleBody(this.packs.read(at));
  }

  /** Only the text (snippets, verification): cheaper than readBody. */
  readText(at: BlobLocation): string {
    return decodeArticleText(this.packs.read(at));
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
      throw new FolioError('library-unreadable', `The search index of ${this.paths.dir} is damaged: ${(error as Error).message}`);
    }
    this.openedIndex = index;
    return index;
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

  /** Sources with the user's renames, merges and hidden flags applied. */
  get sources(): SourceDirectory {
    this.directory ??= new SourceDirectory(this.db.sources(), this.state.sourcePrefs());
    return this.directory;
  }

  /** Articles of a merged source are listed under the source it was merged into. */
  private fillCatalog(catalog: Catalog): void {
    const sources = this.sources;
    catalog.rebuild(this.db.catalogRows().map(([id, source, date]) => [id as number, sources.canonicalId(source as number), date as number]));
    catalog.setHiddenSources(sources.hiddenIds());
  }

  /** Brings the catalog up to date with library.db (articles added, changed or removed) and with the user's source choices. */
  refreshCatalog(): void {
    this.directory = null;
    // Not built yet: it will be built from the database as it is when first needed.
    if (this.builtCatalog) this.fillCatalog(this.builtCatalog);
  }

  /** Notes that a segment's dead set changed, so commit() records it. */
  markSegmentChanged(id: number): void {
    this.changedSegments.add(id);
  }

  retireSegmentFile(file: string): void {
    this.retiredFiles.push(file);
  }

  /**
   * Makes everything written since the last commit part of the library: pack bytes
   * are fsynced first, segment files were fsynced when written, then library.db is
   * replaced atomically — the single commit point. A crash before that rename leaves
   * the library as it was at the previous commit.
   */
  async commit(): Promise<void> {
    this.assertWritable();
    // Re-importing an unchanged folder writes nothing, so it rewrites nothing either.
    const idle = this.db.sql.totalChanges() === this.committedChanges && !this.packs.dirty && this.changedSegments.size === 0 && this.retiredFiles.length === 0;
    if (idle) return;
    this.db.sql.transaction(() => {
      for (const { id, length } of this.packs.sync()) this.db.setPackLength(id, length);
      const records = new Map(this.index.records().map((r) => [r.id, r]));
      for (const id of this.changedSegments) this.db.setSegmentDead(id, records.get(id)?.dead ?? null);
    });
    this.changedSegments.clear();
    // What this commit makes durable is fixed here; the library may change while the
    // snapshot is compressed, and segment files retired after this point are still
    // referenced by it, so only those retired so far are deleted once it is written.
    const snapshot = this.db.sql.db.export();
    const changes = this.db.sql.totalChanges();
    const retired = this.retiredFiles;
    this.retiredFiles = [];
    const write = this.lastWrite.then(() => saveCompressedSnapshot(snapshot, this.paths.libraryDb));
    this.lastWrite = write.catch(() => 0);
    await write;
    this.committedChanges = changes;
    for (const file of retired) rmSync(join(this.paths.index, file), { force: true });
  }

  /** state.db is small and saved after every star: written plain, at once. */
  saveState(): void {
    this.assertWritable();
    saveDatabaseFile(this.state.sql.db, this.paths.stateDb);
  }

  /** Segment files no commit refers to: a crashed job's or merge's leftovers. */
  private removeUnreferencedSegments(): void {
    const referenced = new Set(this.db.segments().map((s) => s.file));
    for (const name of readdirSync(this.paths.index)) {
      if (!referenced.has(name)) rmSync(join(this.paths.index, name), { force: true });
    }
  }

  assertWritable(): void {
    if (this.readOnly) throw new FolioError('invalid-request', 'This library was opened read-only, so nothing in it can be changed.');
  }

  diskBytes(): { db: number; total: number } {
    const size = (p: string): number => (existsSync(p) ? statSync(p).size : 0);
    const db = size(this.paths.libraryDb) + size(this.paths.stateDb);
    const segments = this.db.segments().reduce((n, s) => n + size(join(this.paths.index, s.file)), 0);
    return { db, total: db + segments + this.packs.totalBytes() + this.db.imageBytes() };
  }

  /** Waits for a library.db write still in progress, then closes everything and releases the lock. */
  async close(): Promise<void> {
    await this.lastWrite;
    this.openedIndex?.close();
    this.packs.close();
    this.db.sql.close();
    this.state.sql.close();
    this.lock?.release();
  }
}
