// Opening a library's two databases so that a damaged file never wipes the
// library: each falls back to its previous copy (reported as a notice); a
// library.db with no usable copy is refused — never replaced by a new, empty one
// while the folder holds a library's files; a state.db with no usable copy
// leaves the library readable but read-only until it is repaired.
import { existsSync, readdirSync } from 'node:fs';
import type { Database } from 'sql.js';
import type { LibraryNotice } from '../../shared/model';
import { FolioError } from '../folio-error';
import { DatabaseFile, describeProblem } from '../store/database-file';
import type { OpenedDatabase } from '../store/database-file';
import { libraryMigrations } from '../store/migrations/library';
import { stateMigrations } from '../store/migrations/state';
import { sqlJs } from '../store/sql-js';
import { migrate } from '../store/migrations/migration';
import type { LibraryPaths } from './library-paths';

export interface OpenedDatabases {
  libraryFile: DatabaseFile;
  library: Database;
  stateFile: DatabaseFile;
  state: Database;
  notices: LibraryNotice[];
  /** library.db itself loaded and verified (or is new): files it does not list may be removed. */
  clean: boolean;
  /** library.db did not exist: a new library, to be written at once. */
  created: boolean;
  /** Why nothing may be written until the library is repaired, or null. */
  writeBlocked: string | null;
  /** With handOver: a copy of library.db's bytes as loaded, for the search worker's own copy (null for a new library). */
  libraryBytes: Uint8Array | null;
}

/** library.db's bytes passed from the main thread to the search worker, which then neither reads nor inflates the file. */
export interface BytesHandover {
  /** Keep a copy of library.db's bytes as loaded (see takeLoadedBytes). */
  handOver?: boolean;
  /** library.db's bytes as the main thread has just loaded them (read-only opens: the search worker; see DatabaseFile.adopt). */
  loaded?: Uint8Array;
}

const nonEmpty = (dir: string): boolean => existsSync(dir) && readdirSync(dir).length > 0;

/** What a library leaves in its folder besides library.db: if any is there, library.db was lost, not never made. */
function holdsLibraryFiles(paths: LibraryPaths): boolean {
  return (
    nonEmpty(paths.packs) ||
    nonEmpty(paths.index) ||
    nonEmpty(paths.images) ||
    existsSync(paths.stateDb) ||
    existsSync(`${paths.stateDb}.prev`)
  );
}

function fallbackNotice(name: string, what: string, opened: OpenedDatabase): LibraryNotice[] {
  if (!opened.fallback) return [];
  const { problem, savedAt } = opened.fallback;
  return [
    {
      kind: 'fallback',
      file: name,
      message:
        `${name} is ${describeProblem(problem)}; its previous copy, saved ${savedAt.toISOString()}, was opened instead: ` +
        `${what} made after it are missing. Nothing was deleted. Repair the library (folio repair) to make this copy its own.`,
      savedAt: savedAt.toISOString(),
    },
  ];
}

export const STATE_LOST =
  'The reading state (state.db: read and starred marks, settings, recent searches) is damaged and so is its previous copy, ' +
  'so the library is read-only. Nothing was deleted. ' +
  'Repair the library (folio repair) to start the reading state afresh (the damaged state.db is kept as state.db.damaged).';

export async function openDatabases(paths: LibraryPaths, readOnly: boolean, handover: BytesHandover = {}): Promise<OpenedDatabases> {
  const libraryFile = new DatabaseFile(paths.libraryDb, 'library database');
  const lib =
    handover.loaded && readOnly
      ? await libraryFile.adopt(handover.loaded, libraryMigrations)
      : await libraryFile.open(libraryMigrations, handover.handOver);
  if (lib.created && (readOnly || holdsLibraryFiles(paths))) {
    lib.db.close();
    if (readOnly) throw new FolioError('folder-missing', `No Folio library at ${paths.dir}. Import a folder into it first.`);
    throw new FolioError(
      'library-unreadable',
      `The library database (library.db) is missing from ${paths.dir} and there is no previous copy, ` +
        "but the folder holds a library's files. " +
        'Nothing was deleted: restore library.db from a backup, or import your folders into a new library.',
    );
  }
  const stateFile = new DatabaseFile(paths.stateDb, 'reading-state database');
  let state: OpenedDatabase;
  let writeBlocked: string | null = null;
  const notices = fallbackNotice('library.db', 'changes (imports, removals)', lib);
  try {
    state = await stateFile.open(stateMigrations);
    notices.push(...fallbackNotice('state.db', 'read and starred marks and settings', state));
  } catch (error) {
    if (!(error instanceof FolioError) || error.code !== 'library-unreadable') {
      lib.db.close();
      throw error;
    }
    // The articles are still there to read; only the reading state is lost, so the library opens without it.
    const empty = new (await sqlJs()).Database();
    migrate(empty, stateMigrations, 'reading-state database');
    state = { db: empty, fallback: null, created: true, kept: null };
    writeBlocked = STATE_LOST;
    notices.push({ kind: 'state-lost', file: 'state.db', message: STATE_LOST, savedAt: null });
  }
  return {
    libraryFile,
    library: lib.db,
    stateFile,
    state: state.db,
    notices,
    clean: lib.fallback === null,
    created: lib.created,
    writeBlocked,
    libraryBytes: lib.kept,
  };
}
