import type { Database, SqlValue, Statement } from 'sql.js';

export type Row = Record<string, SqlValue>;
export type Params = SqlValue[];

/** Prepared statements kept for the life of the database (sql.js keeps them valid across export()). */
export class Statements {
  private readonly cache = new Map<string, Statement>();
  private readonly rollbackListeners: (() => void)[] = [];

  constructor(readonly db: Database) {}

  private prepare(sql: string): Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  all(sql: string, params: Params = []): Row[] {
    const s = this.prepare(sql);
    try {
      s.bind(params);
      const rows: Row[] = [];
      while (s.step()) rows.push(s.getAsObject());
      return rows;
    } finally {
      s.reset();
    }
  }

  one(sql: string, params: Params = []): Row | null {
    const s = this.prepare(sql);
    try {
      s.bind(params);
      return s.step() ? s.getAsObject() : null;
    } finally {
      s.reset();
    }
  }

  /** Rows as arrays, for bulk reads where building objects costs. */
  arrays(sql: string, params: Params = []): SqlValue[][] {
    const s = this.prepare(sql);
    try {
      s.bind(params);
      const rows: SqlValue[][] = [];
      while (s.step()) rows.push(s.get());
      return rows;
    } finally {
      s.reset();
    }
  }

  run(sql: string, params: Params = []): void {
    const s = this.prepare(sql);
    try {
      s.run(params);
    } finally {
      s.reset();
    }
  }

  /** Rows changed by this connection since it opened: equal readings mean nothing was written in between. */
  totalChanges(): number {
    return Number(this.db.exec('SELECT total_changes()')[0]?.values[0]?.[0] ?? 0);
  }

  lastInsertId(): number {
    return Number(this.db.exec('SELECT last_insert_rowid()')[0]?.values[0]?.[0] ?? 0);
  }

  transaction<T>(work: () => T): T {
    this.db.run('BEGIN');
    try {
      const result = work();
      this.db.run('COMMIT');
      return result;
    } catch (error) {
      this.rollback();
      throw error;
    }
  }

  /** Runs work as one unit inside the current transaction: on error its changes are undone and the error rethrown. */
  savepoint<T>(work: () => T): T {
    this.db.run('SAVEPOINT unit');
    try {
      const result = work();
      this.db.run('RELEASE unit');
      return result;
    } catch (error) {
      this.db.run('ROLLBACK TO unit');
      this.db.run('RELEASE unit');
      this.rolledBack();
      throw error;
    }
  }

  begin(): void {
    this.db.run('BEGIN');
  }

  commit(): void {
    this.db.run('COMMIT');
  }

  /** Undoes the open transaction; a no-op when a failed COMMIT already ended it. */
  rollback(): void {
    try {
      this.db.run('ROLLBACK');
    } catch (error) {
      if (!/no transaction is active/.test((error as Error).message)) throw error;
    }
    this.rolledBack();
  }

  /** Tells caches of rows that a rollback may have removed those rows. */
  onRollback(listener: () => void): void {
    this.rollbackListeners.push(listener);
  }

  private rolledBack(): void {
    for (const listener of this.rollbackListeners) listener();
  }

  close(): void {
    for (const s of this.cache.values()) s.free();
    this.cache.clear();
    this.db.close();
  }
}

// Column readers: a missing column (undefined) reads like NULL.
export const str = (v: SqlValue | undefined): string => (v === null || v === undefined ? '' : String(v));
export const num = (v: SqlValue | undefined): number => Number(v ?? 0);
export const strOrNull = (v: SqlValue | undefined): string | null => (v === null || v === undefined ? null : String(v));
