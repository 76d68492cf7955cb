// A sql.js database backed by one file: opened whole into memory, saved whole
// with an atomic replace. An unreadable file falls back to the previous good copy.
import { existsSync, statSync } from 'node:fs';
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

async function load(path: string): Promise<Database> {
  const SQL = await sqlJs();
  const db = new SQL.Database(readWholeFile(path));
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

export function saveDatabaseFile(db: Database, path: string): number {
  const bytes = db.export();
  writeFileAtomic(path, bytes);
  return bytes.length;
}
