// A sql.js database backed by one file: opened whole into memory, saved whole
// with an atomic replace, with the last good commit kept beside it as `.prev`.
//
// The rules that keep a library from being lost to one damaged file:
// - Opening: the file, else its previous copy (and the fallback is reported);
//   when neither can be used the open fails with a clear error — a damaged or
//   empty file is never taken for a new database.
// - Saving: the current file becomes `.prev` only if it is still exactly what was
//   loaded or written (same length and CRC-32), and never when it is an empty
//   database (the one written when a library is created). Otherwise `.prev` is
//   left as it is, or — when it is not known to be good — made a copy of the new
//   file. A current file that could not be trusted is kept as `.damaged`.
//
// Files are stored gzipped: read and written whole anyway, so compression costs
// one pass each way, library.db (titles, URLs, file names) shrinks to less than
// half, and gzip's CRC-32 turns any damaged byte into a failed load. Files written
// plain by an earlier Folio are read as they are (see database-bytes.ts).
import { existsSync, linkSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { promisify } from 'node:util';
import { crc32, gzip, gzipSync } from 'node:zlib';
import type { Database } from 'sql.js';
import { FolioError } from '../folio-error';
import { fsyncDir, previousCopy, writeFileAtomic, writeTempFile } from './atomic-file';
import { DamagedFile, hasRows, loadDatabase } from './database-bytes';
import type { FileFault } from './database-bytes';
import { migrate } from './migrations/migration';
import type { Migration } from './migrations/migration';
import { crc32OfFile } from './read-file';
import { sqlJs } from './sql-js';

/** Fast compression: a 100k-article library.db (50 MB) compresses in under a second. */
const GZIP_OPTIONS = { level: 1, chunkSize: 1 << 20 };
const gzipAsync = promisify(gzip);

export interface FileProblem {
  fault: FileFault;
  /** Why the file cannot be used, e.g. "it is cut short". */
  detail: string;
}

export interface OpenedDatabase {
  db: Database;
  /** Set when the file could not be used and its previous copy was opened instead. */
  fallback: { problem: FileProblem; savedAt: Date } | null;
  /** Neither the file nor a previous copy existed: this is a new, empty database. */
  created: boolean;
  /** Opened with keep: a copy of the bytes it was loaded from (before migrations), for a search worker's own copy. */
  kept: Uint8Array | null;
}

/** What the file holds as last loaded or written here. */
interface Known {
  size: number;
  crc: number;
  /** An empty database is not worth keeping as the previous copy. */
  worthKeeping: boolean;
}

const FAULT_WORDS: Record<FileFault, string> = { missing: 'missing', empty: 'empty', truncated: 'cut short', damaged: 'damaged' };

/** "cut short", "damaged (its bytes do not match their checksum …)": how a file is unusable, in a sentence. */
export const describeProblem = (p: FileProblem): string =>
  p.fault === 'damaged' ? `damaged (${p.detail.replace(/^it is /, '')})` : FAULT_WORDS[p.fault];

const problemOf = (error: unknown): FileProblem => {
  if (error instanceof DamagedFile) return { fault: error.fault, detail: error.message };
  return { fault: 'damaged', detail: `it cannot be read (${(error as Error).message})` };
};

export class DatabaseFile {
  private known: Known | null = null;
  /** The previous copy was loaded and verified here, or written here: it is good. */
  private previousIsGood = false;

  constructor(
    readonly path: string,
    /** What the file is, for messages: "library database". */
    readonly label: string,
  ) {}

  get previousPath(): string {
    return previousCopy(this.path);
  }

  /**
   * Opens the file, else its previous copy. With neither present, a new empty database
   * (created: true). Throws a FolioError when the file exists in some form but neither it
   * nor its previous copy can be used. keep: see loadDatabase.
   */
  async open(migrations: readonly Migration[], keep = false): Promise<OpenedDatabase> {
    let opened: OpenedDatabase;
    try {
      const { db, stored, kept } = await loadDatabase(this.path, keep);
      this.known = { size: stored.length, crc: crc32(stored), worthKeeping: hasRows(db) };
      opened = { db, fallback: null, created: false, kept };
    } catch (error) {
      const problem = problemOf(error);
      opened = await this.openPrevious(problem, keep);
    }
    return this.migrated(opened, migrations);
  }

  /**
   * Opens a copy of the database another thread of this process has just opened from this file (or
   * its previous copy), from the bytes it loaded: they were checked there, and reading and inflating
   * the file again would cost as much as that opening did. Read-only callers only: nothing here knows
   * the file's size or checksum for a later save.
   */
  async adopt(bytes: Uint8Array, migrations: readonly Migration[]): Promise<OpenedDatabase> {
    // As a Buffer, sql.js takes the bytes as its in-memory file instead of copying them: nothing else reads them.
    const db = new (await sqlJs()).Database(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return this.migrated({ db, fallback: null, created: false, kept: null }, migrations);
  }

  private migrated(opened: OpenedDatabase, migrations: readonly Migration[]): OpenedDatabase {
    try {
      migrate(opened.db, migrations, this.label);
    } catch (error) {
      opened.db.close();
      throw error;
    }
    return opened;
  }

  private async openPrevious(problem: FileProblem, keep: boolean): Promise<OpenedDatabase> {
    const previous = this.previousPath;
    try {
      const { db, kept } = await loadDatabase(previous, keep);
      this.previousIsGood = true;
      return { db, fallback: { problem, savedAt: statSync(previous).mtime }, created: false, kept };
    } catch (error) {
      const previousProblem = problemOf(error);
      if (problem.fault === 'missing' && previousProblem.fault === 'missing') {
        return { db: new (await sqlJs()).Database(), fallback: null, created: true, kept: null };
      }
      const name = basename(this.path);
      const where = `The ${this.label} at ${this.path}`;
      const reason =
        previousProblem.fault === 'missing'
          ? `${where} is ${FAULT_WORDS[problem.fault]} and there is no previous copy to fall back to` +
            (problem.fault === 'damaged' ? ` (${problem.detail})` : '')
          : `${where} is ${describeProblem(problem)}, and its previous copy (${name}.prev) is ${describeProblem(previousProblem)}`;
      throw new FolioError(
        'library-unreadable',
        `${reason}. Nothing was deleted: restore ${name} from a backup, or import your folders into a new library.`,
      );
    }
  }

  /** Saves a database at once (state.db: small, saved after every change); returns the bytes written. */
  save(db: Database): number {
    const stored = gzipSync(db.export(), GZIP_OPTIONS);
    this.replace(stored, true);
    return stored.length;
  }

  /**
   * Saves a snapshot of a database (its export()), compressed on the thread pool so the
   * calling thread (the app's main process) goes on serving the window meanwhile; returns
   * the bytes written. worthKeeping: false for the empty database a new library starts as.
   */
  async saveSnapshot(snapshot: Uint8Array, worthKeeping = true): Promise<number> {
    const stored = await gzipAsync(snapshot, GZIP_OPTIONS);
    this.replace(stored, worthKeeping);
    return stored.length;
  }

  private replace(stored: Uint8Array, worthKeeping: boolean): void {
    const temp = writeTempFile(this.path, stored);
    const rotated = this.setCurrentAside();
    renameSync(temp, this.path);
    fsyncDir(dirname(this.path));
    // After the first commit of a new library, or when the previous copy was never
    // verified, the new file itself is the last good commit: keep a copy of it.
    if (!rotated && !this.previousIsGood && worthKeeping) writeFileAtomic(this.previousPath, stored);
    this.known = { size: stored.length, crc: crc32(stored), worthKeeping };
    this.previousIsGood ||= rotated || worthKeeping;
  }

  /**
   * Moves the current file out of the way of the new one: into `.prev` when it is the
   * good commit it was (returns true), to `.damaged` when it cannot be trusted, or
   * nowhere (replaced) when it is an empty database.
   */
  private setCurrentAside(): boolean {
    if (!existsSync(this.path)) return false;
    const unchanged = this.known !== null && this.stillKnown(this.known);
    if (unchanged && this.known?.worthKeeping) {
      rmSync(this.previousPath, { force: true });
      // A hard link: no bytes copied, and the rename below leaves it the only name of the old file.
      linkSync(this.path, this.previousPath);
      return true;
    }
    if (!unchanged) renameSync(this.path, `${this.path}.damaged`);
    return false;
  }

  private stillKnown(known: Known): boolean {
    try {
      if (statSync(this.path).size !== known.size) return false;
      // By chunks: at 100k articles the file is ~50 MB, and a commit already holds its export and its gzip.
      return crc32OfFile(this.path) === known.crc;
    } catch {
      return false;
    }
  }
}

/** Checks a database file without keeping it open: null when it loads and verifies. */
export async function verifyDatabaseFile(path: string): Promise<FileProblem | null> {
  try {
    const { db } = await loadDatabase(path);
    db.close();
    return null;
  } catch (error) {
    return problemOf(error);
  }
}
