import type { Migration } from '../migration';

// Dates are kept as the source gave them: a point in time, a wall clock with no zone, a
// calendar day, or none. The old `date_guessed` flag marked dates taken from a file's
// mtime, which are no dates at all (in a git checkout, the day of the clone): those
// articles become undated. The kinds of the other dates are set right when their files
// are read again (0041 makes the next import re-read every file).
export const dateKinds: Migration = {
  version: 40,
  name: 'date-kinds',
  up(db) {
    db.run(`
      ALTER TABLE articles ADD COLUMN date_kind TEXT NOT NULL DEFAULT 'instant'
        CHECK (date_kind IN ('instant', 'local', 'day', 'undated'));
      UPDATE articles SET date_kind = 'undated', date = 0 WHERE date_guessed = 1;
      ALTER TABLE articles DROP COLUMN date_guessed;
    `);
  },
};
