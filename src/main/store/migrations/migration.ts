import type { Database } from 'sql.js';
import { FolioError } from '../../folio-error';

/** A forward schema step. `version` is stamped into PRAGMA user_version once it has run. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

export function schemaVersion(db: Database): number {
  return Number(db.exec('PRAGMA user_version')[0]?.values[0]?.[0] ?? 0);
}

/** Runs the migrations newer than the database, each in its own transaction. Refuses a database from a newer Folio. */
export function migrate(db: Database, migrations: readonly Migration[], label: string): { from: number; to: number } {
  const from = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new FolioError(
      'library-too-new',
      `The ${label} was written by a newer version of Folio (schema ${from}, this version knows up to ${latest}). Update Folio to open it.`,
    );
  }
  for (const m of migrations) {
    if (m.version <= from) continue;
    db.run('BEGIN');
    try {
      m.up(db);
      db.run(`PRAGMA user_version = ${m.version}`);
      db.run('COMMIT');
    } catch (error) {
      db.run('ROLLBACK');
      throw error;
    }
  }
  return { from, to: Math.max(from, latest) };
}
