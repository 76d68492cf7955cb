// A sql.js database backed by one file: opened whole into memory, saved whole
// with an atomic replace. An unreadable file falls back to the previous good copy.
//
// A file may be stored gzipped. It is read and written whole anyway, so
// compression costs one pass each way, and library.db (titles, URLs, file
// names) shrinks to less than half, a saving made twice with the previous copy
// kept beside it; gzip's checksum also turns a damaged file into a failed load.
// Files written plain (by an earlier Folio, or state.db) are read as they are.
import { existsSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import type { Database } from 'sql.js';
import { FolioError } from '../folio-error';
import { previousCopy, writeFileAtomic } from './atomic-file';
import { migrate } from './migrations/migration';
import type { Migration } from './migrations/migration';
import { readWholeFile } from './read-file';
import { sqlJs } from './sql-js';

export interface OpenedDatabase {
  db: Database;
  /** True when the main file was damaged and the previous good copy was loaded instead. */
  recovered: boolean;
}

/** Fast compression: a 100k-article library.db (50 MB) compresses in under a second. */
const GZIP_OPTIONS = { level: 1, chunkSize: 1 << 20 };
const gzipAsync = promisify(gzip);

const isGzip = (bytes: Uint8Array): boolean => bytes.length > 18 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * Inflates into one buffer of the size gzip's trailer records (modulo 4 GiB; a wrong
 * hint only costs a copy): zlib's default 16 KB chunks, joined, took half as long again.
 */
function gunzipWhole(stored: Uint8Array): Uint8Array {
  const size = new DataView(stored.buffer, stored.byteOffset + stored.length - 4, 4).getUint32(0, true);
  return gunzipSync(stored, { chunkSize: Math.max(size, 64) });
}

async function load(path: string): Promise<Database> {
  const stored = readWholeFile(path);
  const bytes = isGzip(stored) ? gunzipWhole(stored) : stored;
  const SQL = await sqlJs();
  const db = new SQL.Database(bytes);
  try {
    // Reading the schema fails on a file that is not a database or is truncated.
    db.exec('SELECT count(*) FROM sqlite_master');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export async function openDatabaseFile(path: string, migrations: readonly Migration[], label: string): Promise<OpenedDatabase> {
  let db: Database;
  let recovered = false;
  if (existsSync(path) && statSync(path).size > 0) {
    try {
      db = await load(path);
    } catch {
      if (!existsSync(previousCopy(path))) throw new FolioError('library-unreadable', `The ${label} at ${path} is damaged and there is no previous copy to fall back to.`);
      try {
        db = await load(previousCopy(path));
        recovered = true;
      } catch {
        throw new FolioError('library-unreadable', `The ${label} at ${path} and its previous copy are both unreadable.`);
      }
    }
  } else {
    db = new (await sqlJs()).Database();
  }
  try {
    migrate(db, migrations, label);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, recovered };
}

/** Writes the database to path atomically, uncompressed; returns the bytes written. */
export function saveDatabaseFile(db: Database, path: string): number {
  const bytes = db.export();
  writeFileAtomic(path, bytes);
  return bytes.length;
}

/**
 * Writes a snapshot of a database (its export()) to path atomically, gzipped. The
 * compression runs on the thread pool, so the calling thread (the app's main
 * process) goes on serving the window meanwhile; returns the bytes written.
 */
export async function saveCompressedSnapshot(snapshot: Uint8Array, path: string): Promise<number> {
  const bytes = await gzipAsync(snapshot, GZIP_OPTIONS);
  writeFileAtomic(path, bytes);
  return bytes.length;
}
