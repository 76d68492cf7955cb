import type { Migration } from '../migration';

// What the user decided about a source: a display name, hidden from the All and Unread views,
// or merged into another source. Keyed by the name import gives the source (not its id), so a
// re-import that drops and re-creates the source keeps the decision; kept in state.db so
// library.db, which import rewrites, never holds a user's choice.
export const sourcePrefs: Migration = {
  version: 30,
  name: 'source-prefs',
  up(db) {
    db.run(`
      CREATE TABLE source_prefs (
        name TEXT PRIMARY KEY,
        display_name TEXT,
        hidden INTEGER NOT NULL DEFAULT 0,
        merged_into TEXT
      );
    `);
  },
};
