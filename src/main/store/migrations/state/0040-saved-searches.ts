import type { Migration } from '../migration';

// Saved searches live with what the user does, not in library.db: a re-import
// or an index rebuild never drops them. `view` is the library-pane selection the
// search was pinned in (JSON of a LibraryView); `position` orders the list.
export const savedSearches: Migration = {
  version: 40,
  name: 'saved searches',
  up(db) {
    db.run(`
      CREATE TABLE saved_search (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        query TEXT NOT NULL,
        view TEXT NOT NULL,
        position INTEGER NOT NULL,
        created_at INTEGER NOT NULL
      );
    `);
  },
};
