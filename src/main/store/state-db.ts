// state.db: what the user does (read, starred, settings, recent searches).
import { SavedSearchRows } from './saved-search-rows';
import type { Statements } from './sql-helpers';
import { num, str, strOrNull } from './sql-helpers';

export interface StoredState {
  articleId: number;
  read: boolean;
  starred: boolean;
}

/** What the user decided about a source, by the name import gives it. */
export interface SourcePref {
  name: string;
  displayName: string | null;
  hidden: boolean;
  mergedInto: string | null;
}

const HISTORY_LIMIT = 20;

export class StateDb {
  readonly savedSearches: SavedSearchRows;

  constructor(private readonly sql: Statements) {
    this.savedSearches = new SavedSearchRows(sql);
  }

  articleStates(): StoredState[] {
    return this.sql
      .arrays('SELECT article_id, read, starred FROM article_state')
      .map((r) => ({ articleId: num(r[0] ?? 0), read: num(r[1] ?? 0) === 1, starred: num(r[2] ?? 0) === 1 }));
  }

  putArticleStates(states: readonly StoredState[], now: number): void {
    this.sql.transaction(() => {
      for (const s of states) {
        if (!s.read && !s.starred) {
          this.sql.run('DELETE FROM article_state WHERE article_id = ?', [s.articleId]);
        } else {
          this.sql.run('INSERT OR REPLACE INTO article_state(article_id, read, starred, updated_at) VALUES (?,?,?,?)', [
            s.articleId,
            s.read ? 1 : 0,
            s.starred ? 1 : 0,
            now,
          ]);
        }
      }
    });
  }

  forgetArticles(ids: readonly number[]): void {
    this.sql.transaction(() => {
      for (const id of ids) this.sql.run('DELETE FROM article_state WHERE article_id = ?', [id]);
    });
  }

  settings(): Map<string, string> {
    return new Map(this.sql.all('SELECT key, value FROM settings').map((r) => [str(r.key), str(r.value)]));
  }

  putSetting(key: string, value: string): void {
    this.sql.run('INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)', [key, value]);
  }

  history(): string[] {
    return this.sql.all('SELECT query FROM search_history ORDER BY used_at DESC LIMIT ?', [HISTORY_LIMIT]).map((r) => str(r.query));
  }

  addHistory(query: string, now: number): void {
    this.sql.transaction(() => {
      this.sql.run('INSERT OR REPLACE INTO search_history(query, used_at) VALUES (?, ?)', [query, now]);
      this.sql.run('DELETE FROM search_history WHERE query NOT IN (SELECT query FROM search_history ORDER BY used_at DESC LIMIT ?)', [
        HISTORY_LIMIT,
      ]);
    });
  }

  clearHistory(): number {
    const n = num(this.sql.one('SELECT count(*) AS n FROM search_history')?.n ?? 0);
    this.sql.run('DELETE FROM search_history');
    return n;
  }

  sourcePrefs(): SourcePref[] {
    return this.sql.all('SELECT name, display_name, hidden, merged_into FROM source_prefs').map((r) => ({
      name: str(r.name),
      displayName: strOrNull(r.display_name),
      hidden: num(r.hidden ?? 0) === 1,
      mergedInto: strOrNull(r.merged_into),
    }));
  }

  putSourcePref(p: SourcePref): void {
    if (p.displayName === null && !p.hidden && p.mergedInto === null) {
      this.sql.run('DELETE FROM source_prefs WHERE name = ?', [p.name]);
      return;
    }
    this.sql.run('INSERT OR REPLACE INTO source_prefs(name, display_name, hidden, merged_into) VALUES (?,?,?,?)', [
      p.name,
      p.displayName,
      p.hidden ? 1 : 0,
      p.mergedInto,
    ]);
  }
}
