// Each migration runs on a database made by the previous version, keeps its rows,
// and a database from a newer Folio is refused with a clear message.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseFile } from '../../../src/main/store/database-file';
import { migrate, schemaVersion } from '../../../src/main/store/migrations/migration';
import { libraryMigrations } from '../../../src/main/store/migrations/library';
import { stateMigrations } from '../../../src/main/store/migrations/state';
import { sqlJs } from '../../../src/main/store/sql-js';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const LATEST = libraryMigrations.at(-1)?.version ?? 0;

async function databaseAt(migrations: typeof libraryMigrations, version: number) {
  const db = new (await sqlJs()).Database();
  migrate(
    db,
    migrations.filter((m) => m.version <= version),
    'test database',
  );
  return db;
}

/** One article (with its source, blob and folder) as a version-10 schema stores it. */
function insertArticle(db: Awaited<ReturnType<typeof databaseAt>>, title: string): void {
  db.run("INSERT INTO sources(id, name) VALUES (1, 'rfi.fr')");
  db.run("INSERT INTO blobs(id, hash, pack, offset, length) VALUES (1, X'0a0b', 1, 0, 10)");
  db.run("INSERT INTO folders(id, path) VALUES (1, '/archive')");
  db.run(
    `INSERT INTO articles(id, identity, title, source_id, date, date_guessed, folder_id, file_name, format, encoding, body_blob, text_length, imported_at)
     VALUES (1, X'0123', ?, 1, 0, 0, 1, 'a.txt', 'feed-capture', 'utf-8', 1, 3, 0)`,
    [title],
  );
}

describe('library.db migrations', () => {
  it('0020 adds the files-by-article index to a version 10 database and keeps its rows', async () => {
    const db = await databaseAt(libraryMigrations, 10);
    insertArticle(db, '标题');
    db.run("INSERT INTO files(folder_id, name, size, mtime, hash, outcome, article_id) VALUES (1, 'a.txt', 10, 1, X'0c', 'article', 1)");
    expect(schemaVersion(db)).toBe(10);

    expect(migrate(db, libraryMigrations, 'library database')).toEqual({ from: 10, to: LATEST });
    expect(db.exec("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'files_by_article'")[0]?.values).toEqual([
      ['files_by_article'],
    ]);
    expect(db.exec('SELECT title FROM articles')[0]?.values).toEqual([['标题']]);
    expect(db.exec('SELECT article_id FROM files')[0]?.values).toEqual([[1]]);
    db.close();
  });

  it('0030 adds blob and segment checksums to a version 20 database, leaving its rows unchecked', async () => {
    const db = await databaseAt(libraryMigrations, 20);
    db.run("INSERT INTO blobs(id, hash, pack, offset, length) VALUES (1, X'0a0b', 1, 0, 10)");
    db.run("INSERT INTO segments(id, file, docs, bytes, dead) VALUES (1, 'seg-000001.idx', 5, 900, NULL)");
    expect(migrate(db, libraryMigrations, 'library database')).toMatchObject({ from: 20 });
    expect(db.exec('SELECT pack, offset, length, crc FROM blobs')[0]?.values).toEqual([[1, 0, 10, null]]);
    expect(db.exec('SELECT file, docs, checks FROM segments')[0]?.values).toEqual([['seg-000001.idx', 5, null]]);
    db.close();
  });

  it('0040 and 0041 turn mtime-guessed dates into undated ones, keep the others, and mark every file for re-reading', async () => {
    const db = await databaseAt(libraryMigrations, 20);
    db.run("INSERT INTO sources(id, name) VALUES (1, 'rfi.fr')");
    db.run("INSERT INTO blobs(id, hash, pack, offset, length) VALUES (1, X'0a0b', 1, 0, 10)");
    db.run("INSERT INTO folders(id, path) VALUES (1, '/archive')");
    for (const [id, guessed] of [
      [1, 0],
      [2, 1],
    ]) {
      db.run(
        `INSERT INTO articles(id, identity, title, source_id, date, date_guessed, folder_id, file_name, format, encoding, body_blob, text_length, imported_at)
         VALUES (${id}, X'0${id}', '标题${id}', 1, 1679391902000, ${guessed}, 1, '${id}.txt', 'feed-capture', 'utf-8', 1, 3, 0)`,
      );
      db.run(
        `INSERT INTO files(folder_id, name, size, mtime, hash, outcome, article_id) VALUES (1, '${id}.txt', 10, 1, X'0c', 'article', ${id})`,
      );
    }
    expect(migrate(db, libraryMigrations, 'library database')).toEqual({ from: 20, to: LATEST });
    expect(db.exec('SELECT id, title, date, date_kind FROM articles ORDER BY id')[0]?.values).toEqual([
      [1, '标题1', 1679391902000, 'instant'],
      [2, '标题2', 0, 'undated'],
    ]);
    expect(db.exec('SELECT name, rules FROM files ORDER BY name')[0]?.values).toEqual([
      ['1.txt', 0],
      ['2.txt', 0],
    ]);
    expect(db.exec("SELECT count(*) FROM sqlite_master WHERE name = 'roots'")[0]?.values).toEqual([[1]]);
    db.close();
  });

  it('0050 adds remote images and image sizes to a version 20 database and keeps its images', async () => {
    const db = await databaseAt(libraryMigrations, 20);
    db.run("INSERT INTO images(id, mime, bytes) VALUES ('0123456789abcdef01234567.png', 'image/png', 1127)");
    migrate(
      db,
      libraryMigrations.filter((m) => m.version <= 50),
      'library database',
    );
    expect(db.exec('SELECT id, bytes, width, height FROM images')[0]?.values).toEqual([['0123456789abcdef01234567.png', 1127, null, null]]);
    db.run("INSERT INTO remote_images(url, image_id, tried_at) VALUES ('https://cdn.example/a.png', '0123456789abcdef01234567.png', 1)");
    expect(db.exec('SELECT url, failure, transient FROM remote_images')[0]?.values).toEqual([['https://cdn.example/a.png', null, 0]]);
    db.close();
  });

  it('0060 adds an empty language to every article of a version 20 database', async () => {
    const db = await databaseAt(libraryMigrations, 20);
    insertArticle(db, '標題');
    migrate(db, libraryMigrations, 'library database');
    expect(db.exec('SELECT title, lang FROM articles')[0]?.values).toEqual([['標題', null]]);
    db.close();
  });

  it('every migration advances user_version and a second run changes nothing', async () => {
    const db = await databaseAt(libraryMigrations, 0);
    expect(migrate(db, libraryMigrations, 'library database')).toEqual({ from: 0, to: LATEST });
    expect(migrate(db, libraryMigrations, 'library database')).toEqual({ from: LATEST, to: LATEST });
    db.close();
  });

  it('refuses a database written by a newer Folio, naming both versions', async () => {
    const db = await databaseAt(libraryMigrations, LATEST);
    db.run('PRAGMA user_version = 90');
    const path = join(tempDir(), 'library.db');
    writeFileSync(path, db.export());
    db.close();
    await expect(new DatabaseFile(path, 'library database').open(libraryMigrations)).rejects.toMatchObject({
      code: 'library-too-new',
      message: expect.stringMatching(new RegExp(`schema 90.*up to ${LATEST}`)) as unknown as string,
    });
  });
});

describe('state.db migrations', () => {
  it('creates the state tables on a new database', async () => {
    const { db } = await new DatabaseFile(join(tempDir(), 'state.db'), 'reading-state database').open(stateMigrations);
    expect(schemaVersion(db)).toBe(stateMigrations.at(-1)?.version);
    const tables = db.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")[0]?.values.flat();
    expect(tables).toEqual(['article_state', 'saved_search', 'search_history', 'settings', 'source_prefs']);
    db.close();
  });

  it('0040 adds saved searches to a version 30 database and keeps its rows', async () => {
    const db = await databaseAt(stateMigrations, 30);
    db.run('INSERT INTO article_state(article_id, read, starred, updated_at) VALUES (7, 1, 1, 0)');
    db.run("INSERT INTO search_history(query, used_at) VALUES ('普京', 1)");
    expect(migrate(db, stateMigrations, 'reading-state database')).toEqual({ from: 30, to: 40 });
    db.run(`INSERT INTO saved_search(name, query, view, position, created_at) VALUES ('Putin', '普京', '{"kind":"all"}', 0, 0)`);
    expect(db.exec('SELECT article_id, starred FROM article_state')[0]?.values).toEqual([[7, 1]]);
    expect(db.exec('SELECT query FROM search_history')[0]?.values).toEqual([['普京']]);
    expect(db.exec('SELECT name FROM saved_search')[0]?.values).toEqual([['Putin']]);
    db.close();
  });
});
