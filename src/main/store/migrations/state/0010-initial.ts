import type { Migration } from '../migration';

// The small, often written database: what the user does. Kept apart so a star
// rewrites a few kilobytes, never the index.
export const initial: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.run(`
      CREATE TABLE article_state (
        article_id INTEGER PRIMARY KEY,
        read INTEGER NOT NULL DEFAULT 0,
        starred INTEGER NOT NULL DEFAULT 0,
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE search_history (
        query TEXT PRIMARY KEY,
        used_at INTEGER NOT NULL
      );
    `);
  },
};
