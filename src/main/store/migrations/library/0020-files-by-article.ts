import type { Migration } from '../migration';

// Removing an article clears the files that point at it; without an index that is
// a scan of every imported file per removed article (100k × n at library scale).
export const filesByArticle: Migration = {
  version: 20,
  name: 'files-by-article',
  up(db) {
    db.run('CREATE INDEX files_by_article ON files(article_id)');
  },
};
