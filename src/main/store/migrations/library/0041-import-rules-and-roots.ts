import type { Migration } from '../migration';

// Two things an import needs to keep a library current:
// - files.rules: the version of the import rules a file was read under. A file read under
//   older rules is read again even when it has not changed, so a library made by an earlier
//   Folio gets the new rules (site pages removed, dates and sources as the source gave them).
// - roots: every folder the user imported, so it can be watched, refreshed, and re-imported
//   by `folio import` with no folder.
export const importRulesAndRoots: Migration = {
  version: 41,
  name: 'import-rules-and-roots',
  up(db) {
    db.run(`
      ALTER TABLE files ADD COLUMN rules INTEGER NOT NULL DEFAULT 0;
      CREATE TABLE roots (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        added_at INTEGER NOT NULL,
        imported_at INTEGER
      );
    `);
  },
};
