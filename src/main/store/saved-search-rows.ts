// The saved_search table of state.db: a user's pinned searches, in their order.
import type { Statements } from './sql-helpers';
import { num, str } from './sql-helpers';

export interface SavedSearchRow {
  id: number;
  name: string;
  query: string;
  /** JSON of the LibraryView it was pinned in. */
  view: string;
}

export class SavedSearchRows {
  constructor(private readonly sql: Statements) {}

  list(): SavedSearchRow[] {
    return this.sql
      .all('SELECT id, name, query, view FROM saved_search ORDER BY position, id')
      .map((r) => ({ id: num(r.id ?? 0), name: str(r.name), query: str(r.query), view: str(r.view) }));
  }

  add(name: string, query: string, view: string, now: number): number {
    const position = num(this.sql.one('SELECT coalesce(max(position), -1) + 1 AS p FROM saved_search')?.p ?? 0);
    this.sql.run('INSERT INTO saved_search(name, query, view, position, created_at) VALUES (?, ?, ?, ?, ?)', [
      name,
      query,
      view,
      position,
      now,
    ]);
    return num(this.sql.one('SELECT last_insert_rowid() AS id')?.id ?? 0);
  }

  private has(id: number): boolean {
    return this.sql.one('SELECT 1 AS found FROM saved_search WHERE id = ?', [id]) !== null;
  }

  rename(id: number, name: string): boolean {
    if (!this.has(id)) return false;
    this.sql.run('UPDATE saved_search SET name = ? WHERE id = ?', [name, id]);
    return true;
  }

  /** Puts the saved search at `index` of the list (clamped), renumbering the rest in order. */
  move(id: number, index: number): boolean {
    const ids = this.list().map((s) => s.id);
    const from = ids.indexOf(id);
    if (from < 0) return false;
    ids.splice(from, 1);
    ids.splice(Math.max(0, Math.min(index, ids.length)), 0, id);
    this.sql.transaction(() =>
      ids.forEach((s, position) => this.sql.run('UPDATE saved_search SET position = ? WHERE id = ?', [position, s])),
    );
    return true;
  }

  remove(id: number): boolean {
    if (!this.has(id)) return false;
    this.sql.run('DELETE FROM saved_search WHERE id = ?', [id]);
    return true;
  }
}
