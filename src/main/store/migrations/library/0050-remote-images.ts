import type { Migration } from '../migration';

// Remote images downloaded on request. One row per URL, shared by every article that
// refers to it (article_images keeps the URL as written at import), so an image is
// fetched and stored once however many articles use it, and a re-import of an article
// finds its images again. A failed try is kept with its reason, so the next run retries
// only what failed for a passing reason. Images get their pixel size, so the reading
// pane reserves their space before they load.
export const remoteImages: Migration = {
  version: 50,
  name: 'remote-images',
  up(db) {
    db.run(`
      ALTER TABLE images ADD COLUMN width INTEGER;
      ALTER TABLE images ADD COLUMN height INTEGER;
      CREATE TABLE remote_images (
        url TEXT PRIMARY KEY,
        image_id TEXT REFERENCES images(id),
        failure TEXT,
        transient INTEGER NOT NULL DEFAULT 0,
        tried_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX remote_images_by_image ON remote_images(image_id);
    `);
  },
};
