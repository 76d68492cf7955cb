// library.db is stored gzipped, a database written plain by an earlier Folio still
// opens, and a damaged compressed file falls back to the previous good copy.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Database } from 'sql.js';
import { DatabaseFile } from '../../../src/main/store/database-file';
import { sqlJs } from '../../../src/main/store/sql-js';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

async function databaseWithSources(names: string[]) {
  const db = new (await sqlJs()).Database();
  db.run('CREATE TABLE sources (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
  // Titles and URLs repeat a lot in a real library; so do these.
  for (const name of names) db.run('INSERT INTO sources(name) VALUES (?)', [name]);
  return db;
}

async function sourcesAt(path: string): Promise<{ names: unknown[]; recovered: boolean }> {
  const { db, fallback } = await new DatabaseFile(path, 'test database').open([]);
  const names = db.exec('SELECT name FROM sources ORDER BY id')[0]?.values.flat() ?? [];
  db.close();
  return { names, recovered: fallback !== null };
}

const NAMES = Array.from({ length: 2000 }, (_, i) => `https://www.rfi.fr/cn/中国/2023032${i % 10}-习近平访俄-${i}`);

describe('database files', () => {
  it.each([
    ['gzipped', true],
    ['plain', false],
  ])('saved %s, open again with every row', async (_, gzipped) => {
    const path = join(tempDir(), 'library.db');
    const db = await databaseWithSources(NAMES);
    const exported = db.export();
    // Plain is how an earlier Folio wrote it.
    let written = exported.length;
    if (gzipped) written = await new DatabaseFile(path, 'test database').saveSnapshot(exported);
    else writeFileSync(path, exported);
    db.close();

    const head = readFileSync(path).subarray(0, 2);
    expect(head[0] === 0x1f && head[1] === 0x8b).toBe(gzipped);
    expect(statSync(path).size).toBe(written);
    if (gzipped) expect(written).toBeLessThan(exported.length / 2);
    expect(await sourcesAt(path)).toEqual({ names: NAMES, recovered: false });
  });

  it('falls back to the previous copy when the compressed file is cut short', async () => {
    const path = join(tempDir(), 'library.db');
    const first = await databaseWithSources(NAMES.slice(0, 10));
    const file = new DatabaseFile(path, 'test database');
    await file.saveSnapshot(first.export());
    first.run('INSERT INTO sources(name) VALUES (?)', ['later']);
    await file.saveSnapshot(first.export());
    first.close();
    truncateSync(path, statSync(path).size - 20);

    expect(await sourcesAt(path)).toEqual({ names: NAMES.slice(0, 10), recovered: true });
  });

  it('keeps a copy of the first commit as the previous copy, never the empty database it started as', async () => {
    const path = join(tempDir(), 'library.db');
    const file = new DatabaseFile(path, 'test database');
    const db = await databaseWithSources([]);
    await file.saveSnapshot(db.export(), false);
    expect(existsSync(`${path}.prev`)).toBe(false);
    db.run('INSERT INTO sources(name) VALUES (?)', ['first']);
    await file.saveSnapshot(db.export());
    db.close();
    truncateSync(path, 0);
    expect(await sourcesAt(path)).toEqual({ names: ['first'], recovered: true });
  });

  it('never makes a file changed behind its back the previous copy: it is kept aside as .damaged', async () => {
    const path = join(tempDir(), 'library.db');
    const file = new DatabaseFile(path, 'test database');
    const db = await databaseWithSources(['one']);
    await file.saveSnapshot(db.export());
    db.run('INSERT INTO sources(name) VALUES (?)', ['two']);
    await file.saveSnapshot(db.export());
    const bytes = readFileSync(path);
    bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] as number) ^ 0xff;
    writeFileSync(path, bytes);
    db.run('INSERT INTO sources(name) VALUES (?)', ['three']);
    await file.saveSnapshot(db.export());
    db.close();

    expect(readFileSync(`${path}.damaged`)).toEqual(bytes);
    expect(await sourcesAt(`${path}.prev`)).toMatchObject({ names: ['one'] });
    expect(await sourcesAt(path)).toEqual({ names: ['one', 'two', 'three'], recovered: false });
  });

  it('checks a file larger than a read chunk to its last byte before making it the previous copy', async () => {
    const path = join(tempDir(), 'library.db');
    const file = new DatabaseFile(path, 'test database');
    const db = await databaseWithSources([]);
    // Random bytes do not compress: the file is over 1 MB, read for its check in two chunks.
    db.run('INSERT INTO sources(name) VALUES (?)', [randomBytes(1_200_000)]);
    await file.saveSnapshot(db.export());
    db.run('INSERT INTO sources(name) VALUES (?)', ['two']);
    await file.saveSnapshot(db.export());
    // Unchanged, it became the previous copy.
    expect((await sourcesAt(`${path}.prev`)).names).toHaveLength(1);
    const bytes = readFileSync(path);
    expect(bytes.length).toBeGreaterThan(1 << 20);
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] as number) ^ 0xff;
    writeFileSync(path, bytes);
    db.run('INSERT INTO sources(name) VALUES (?)', ['three']);
    await file.saveSnapshot(db.export());
    db.close();

    expect(readFileSync(`${path}.damaged`)).toEqual(bytes);
    expect((await sourcesAt(`${path}.prev`)).names).toHaveLength(1);
    expect((await sourcesAt(path)).names.slice(1)).toEqual(['two', 'three']);
  });

  it('hands a search worker the database as it was loaded, untouched by what this thread then changes', async () => {
    const path = join(tempDir(), 'library.db');
    await new DatabaseFile(path, 'test database').saveSnapshot((await databaseWithSources(NAMES)).export());
    // A migration that rewrites every row in place, as an upgrade may.
    const rename = { version: 1, name: 'rename', up: (db: Database) => db.run("UPDATE sources SET name = 'renamed'") };
    const opened = await new DatabaseFile(path, 'test database').open([rename], true);
    opened.db.run("INSERT INTO sources(name) VALUES ('added later')");

    const copy = await new DatabaseFile(path, 'test database').adopt(opened.kept!, []);
    expect(copy.db.exec('SELECT name FROM sources ORDER BY id')[0]?.values.flat()).toEqual(NAMES);
    copy.db.close();
    opened.db.close();
  });

  it('keeps no copy unless asked', async () => {
    const path = join(tempDir(), 'library.db');
    await new DatabaseFile(path, 'test database').saveSnapshot((await databaseWithSources(['one'])).export());
    const opened = await new DatabaseFile(path, 'test database').open([]);
    expect(opened.kept).toBeNull();
    opened.db.close();
  });
});
