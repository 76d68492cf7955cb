import type { Migration } from '../migration';

// The large, rarely written database: what lists and search need, kept lean
// (it is loaded whole into memory and rewritten whole at every commit): digests are
// stored as bytes, and a file's folder path once per folder, not once per file. Each
// article's text and body HTML live in the blob packs as one compressed blob; the
// index lives in segment files listed here.
export const initial: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.run(`
      CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
      );
      CREATE TABLE folders (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE
      );
      CREATE TABLE blobs (
        id INTEGER PRIMARY KEY,
        hash BLOB NOT NULL UNIQUE,
        pack INTEGER NOT NULL,
        offset INTEGER NOT NULL,
        length INTEGER NOT NULL
      );
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        identity BLOB NOT NULL UNIQUE, -- a digest of the canonical URL or of the text
        title TEXT NOT NULL,
        source_id INTEGER NOT NULL REFERENCES sources(id),
        date INTEGER NOT NULL,
        date_guessed INTEGER NOT NULL,
        author TEXT,
        url TEXT,
        folder_id INTEGER NOT NULL REFERENCES folders(id),
        file_name TEXT NOT NULL,
        format TEXT NOT NULL,
        encoding TEXT NOT NULL,
        body_blob INTEGER NOT NULL REFERENCES blobs(id),
        text_length INTEGER NOT NULL,
        imported_at INTEGER NOT NULL
      );
      CREATE INDEX articles_by_source ON articles(source_id);
      CREATE TABLE files (
        folder_id INTEGER NOT NULL REFERENCES folders(id),
        name TEXT NOT NULL,
        size INTEGER NOT NULL,
        mtime INTEGER NOT NULL,
        hash BLOB NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('article', 'duplicate', 'skipped', 'failed')),
        reason TEXT,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        PRIMARY KEY (folder_id, name)
      ) WITHOUT ROWID;
      CREATE TABLE packs (
        id INTEGER PRIMARY KEY,
        committed_length INTEGER NOT NULL
      );
      CREATE TABLE images (
        id TEXT PRIMARY KEY,
        mime TEXT NOT NULL,
        bytes INTEGER NOT NULL
      );
      CREATE TABLE article_images (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        image_id TEXT REFERENCES images(id),
        remote_url TEXT,
        alt TEXT NOT NULL,
        title TEXT NOT NULL,
        caption TEXT NOT NULL,
        PRIMARY KEY (article_id, position)
      );
      CREATE TABLE segments (
        id INTEGER PRIMARY KEY,
        file TEXT NOT NULL,
        docs INTEGER NOT NULL,
        bytes INTEGER NOT NULL,
        dead BLOB
      );
    `);
  },
};
