import { join, resolve } from 'node:path';
import type { Database } from 'sql.js';
import { DatabaseFile } from '../../src/main/store/database-file';
import { libraryMigrations } from '../../src/main/store/migrations/library';
import { writeCorpus } from './corpus';
import { openService } from './open-service';

/** A closed library holding n corpus articles (see writeCorpus), and the folder they were imported from. */
export async function corpusLibrary(tempDir: () => string, n: number): Promise<{ dir: string; root: string; markers: string[] }> {
  const root = tempDir();
  const markers = writeCorpus(root, n);
  const dir = tempDir();
  const service = await openService(dir);
  await service.importFolders([root]);
  await service.close();
  return { dir, root, markers };
}

/** A closed library holding the feed-capture fixture's two articles (for tests that reopen or damage it). */
export async function closedLibraryWithFeed(tempDir: () => string): Promise<string> {
  const dir = tempDir();
  const service = await openService(dir);
  await service.importFolders([resolve('tests/fixtures/feed-capture')]);
  await service.close();
  return dir;
}

/** Changes a closed library's library.db as an earlier Folio (or a damaged file) might have left it. */
export async function editLibraryDb(dir: string, edit: (db: Database) => void): Promise<void> {
  const file = new DatabaseFile(join(dir, 'library.db'), 'library database');
  const { db } = await file.open(libraryMigrations);
  edit(db);
  await file.saveSnapshot(db.export());
  db.close();
}
