// A database file's bytes turned into a sql.js database, or a clear verdict on
// why they cannot be: missing, empty, cut short, or damaged. Nothing is ever
// loaded in part: a stored file is gzipped (its CRC-32 and length checked on
// inflating), and a plain one — written by an earlier Folio — is checked against
// the size its own header records and by SQLite's quick check.
import { existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Database } from 'sql.js';
import { readWholeFile } from './read-file';
import { sqlJs } from './sql-js';

export type FileFault = 'missing' | 'empty' | 'truncated' | 'damaged';

/** A file that cannot be used, and why (in words a person can act on). */
export class DamagedFile extends Error {
  constructor(
    readonly fault: FileFault,
    message: string,
  ) {
    super(message);
  }
}

const isGzip = (bytes: Uint8Array): boolean => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
/** Deflate cannot shrink data more than ~1,032 to 1, so a larger size hint comes from a damaged trailer. */
const MAX_RATIO = 1032;

/**
 * Inflates into one buffer of the size gzip's trailer records (modulo 4 GiB; a wrong
 * hint only costs a copy): zlib's default 16 KB chunks, joined, took half as long again.
 */
function gunzipWhole(stored: Uint8Array): Uint8Array {
  const hint = stored.length >= 4 ? new DataView(stored.buffer, stored.byteOffset + stored.length - 4, 4).getUint32(0, true) : 0;
  const sane = hint > 0 && hint <= stored.length * MAX_RATIO && hint < 2 ** 30;
  try {
    return gunzipSync(stored, sane ? { chunkSize: Math.max(hint, 64) } : {});
  } catch (error) {
    const message = (error as Error).message;
    if (/unexpected end of file/i.test(message)) throw new DamagedFile('truncated', 'it is cut short');
    throw new DamagedFile('damaged', `its bytes do not match their checksum (${message})`);
  }
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/** A plain SQLite file shorter than the page count its header records was cut short. */
function checkPlainSize(bytes: Uint8Array): void {
  if (bytes.length < 100 || Buffer.from(bytes.buffer, bytes.byteOffset, 16).toString('latin1') !== SQLITE_MAGIC) {
    throw new DamagedFile('damaged', 'it is not a database');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, 100);
  const rawPageSize = view.getUint16(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  // The page count is valid only when the header says it was written with the current change counter.
  const counted = view.getUint32(92) === view.getUint32(24);
  if (counted && bytes.length < pageSize * view.getUint32(28)) throw new DamagedFile('truncated', 'it is cut short');
}

/** A database file as loaded: its stored bytes (as written: gzipped or plain) and the database they hold. */
export interface LoadedDatabase {
  db: Database;
  stored: Uint8Array;
  /** With keep: a copy of the database's bytes (inflated), in an ArrayBuffer of its own, free to move to another thread. */
  kept: Uint8Array | null;
}

/**
 * keep: also return a copy of the database's bytes. A copy, because sql.js keeps a Buffer it is
 * given as its in-memory file and writes into it (migrations, changes).
 */
export async function loadDatabase(path: string, keep = false): Promise<LoadedDatabase> {
  if (!existsSync(path)) throw new DamagedFile('missing', 'it is missing');
  const stored = readWholeFile(path);
  if (stored.length === 0) throw new DamagedFile('empty', 'it is empty');
  const gzipped = isGzip(stored);
  const bytes = gzipped ? gunzipWhole(stored) : stored;
  if (!gzipped) checkPlainSize(bytes);
  const kept = keep ? new Uint8Array(bytes) : null;
  const db = new (await sqlJs()).Database(bytes);
  try {
    // Reading the schema fails on bytes that are not a database.
    db.exec('SELECT count(*) FROM sqlite_master');
    // A plain file has no checksum of its own; SQLite's quick check finds most damage in it.
    const verdict = gzipped ? 'ok' : String(db.exec('PRAGMA quick_check')[0]?.values[0]?.[0] ?? '');
    if (verdict !== 'ok') throw new DamagedFile('damaged', `SQLite finds it damaged (${verdict})`);
    return { db, stored, kept };
  } catch (error) {
    db.close();
    if (error instanceof DamagedFile) throw error;
    throw new DamagedFile('damaged', `it is not a readable database (${(error as Error).message})`);
  }
}

/** True when any table holds a row: an empty database is never worth keeping as a previous copy. */
export function hasRows(db: Database): boolean {
  const tables = db.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")[0]?.values.flat() ?? [];
  return tables.some((name) => db.exec(`SELECT 1 FROM "${String(name).replace(/"/g, '""')}" LIMIT 1`).length > 0);
}
