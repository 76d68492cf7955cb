// `folio check` and the app's check: verifies the databases and their previous
// copies, every article's stored blob (its CRC-32, or for blobs written before
// checksums, that it decodes), and every index segment against its recorded
// block checksums. It only reads: it works next to a running app.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { LibraryCheck, LibraryProblem } from '../../shared/model';
import { SegmentReader } from '../search/index/segment-reader';
import { decodeArticleBody } from '../store/article-body';
import { BlobDamage, packName } from '../store/blob-packs';
import type { BlobLocation, BlobPacks } from '../store/blob-packs';
import { verifyDatabaseFile } from '../store/database-file';
import type { Library } from './library';
import { libraryPaths } from './library-paths';

const ROWS_PER_READ = 512;

async function checkDatabase(path: string, file: string, expected: boolean, why: string): Promise<LibraryProblem[]> {
  if (!existsSync(path)) return expected ? [{ file, kind: 'missing', detail: why }] : [];
  const problem = await verifyDatabaseFile(path);
  return problem ? [{ file, kind: problem.fault, detail: problem.detail }] : [];
}

/** The two databases and their previous copies. holdsArticles: library.db's previous copy is then expected. */
async function checkDatabases(dir: string, holdsArticles: boolean): Promise<LibraryProblem[]> {
  const paths = libraryPaths(dir);
  const stateSaved = existsSync(paths.stateDb) || existsSync(`${paths.stateDb}.prev`);
  const noCopy = 'there is no previous copy to fall back to if the database is damaged';
  return [
    ...(await checkDatabase(paths.libraryDb, 'library.db', true, 'the library database is missing')),
    ...(await checkDatabase(`${paths.libraryDb}.prev`, 'library.db.prev', holdsArticles, noCopy)),
    ...(await checkDatabase(paths.stateDb, 'state.db', stateSaved, 'the reading state is missing')),
    ...(await checkDatabase(`${paths.stateDb}.prev`, 'state.db.prev', stateSaved, noCopy)),
  ];
}

const verdict = (problems: LibraryProblem[]): LibraryCheck => ({ ok: problems.length === 0, problems });

/** A library whose library.db cannot be opened at all: what can be said about its databases. */
export async function checkUnopenable(dir: string): Promise<LibraryCheck> {
  return verdict(await checkDatabases(dir, true));
}

/** How a pack that holds damaged blobs is damaged, from its size. */
function packKind(path: string, end: number): LibraryProblem['kind'] {
  if (!existsSync(path)) return 'missing';
  const size = statSync(path).size;
  if (size === 0) return 'empty';
  return size < end ? 'truncated' : 'damaged';
}

/** An article's stored blob verified: its CRC-32 (computed now for a blob stored without one), or why it is damaged. */
export function verifyStored(packs: BlobPacks, at: BlobLocation): { crc: number } | { damage: string } {
  try {
    const bytes = packs.read(at);
    if (at.crc !== null) return { crc: at.crc };
    // A blob written before checksums were kept is checked by decoding it.
    const crc = crc32(bytes);
    decodeArticleBody(bytes);
    return { crc };
  } catch (error) {
    return { damage: error instanceof BlobDamage ? error.message : `it cannot be decoded (${(error as Error).message})` };
  }
}

function checkPacks(library: Library): LibraryProblem[] {
  const ids = library.catalog.page({ kind: 'all' }, true, 0, library.catalog.size).ids;
  const damaged = new Map<number, { count: number; first: string; end: number }>();
  const seen = new Set<number>();
  for (let i = 0; i < ids.length; i += ROWS_PER_READ) {
    for (const row of library.db.articles(ids.slice(i, i + ROWS_PER_READ))) {
      if (seen.has(row.bodyBlob)) continue;
      seen.add(row.bodyBlob);
      const verified = verifyStored(library.packs, row.body);
      if (!('damage' in verified)) continue;
      const d = damaged.get(row.body.pack) ?? { count: 0, first: `“${row.title}” (article ${row.id}): ${verified.damage}`, end: 0 };
      d.count++;
      d.end = Math.max(d.end, row.body.offset + row.body.length);
      damaged.set(row.body.pack, d);
    }
  }
  return [...damaged].map(([pack, d]) => ({
    file: `packs/${packName(pack)}`,
    kind: packKind(join(library.paths.packs, packName(pack)), d.end),
    detail: `${d.count} stored article${d.count === 1 ? '' : 's'} damaged; the first: ${d.first}`,
  }));
}

function checkSegments(library: Library): LibraryProblem[] {
  const problems: LibraryProblem[] = [];
  for (const record of library.db.segments()) {
    const file = `index/${record.file}`;
    const path = join(library.paths.index, record.file);
    if (!existsSync(path)) {
      problems.push({ file, kind: 'missing', detail: 'an index segment the library lists is missing' });
      continue;
    }
    if (statSync(path).size === 0) {
      problems.push({ file, kind: 'empty', detail: 'an index segment the library lists is empty' });
      continue;
    }
    let reader: SegmentReader | null = null;
    try {
      // Opening checks the header and dictionary; verifyAll the postings.
      reader = new SegmentReader(path, record.checks ?? null);
      reader.verifyAll();
    } catch (error) {
      const detail = (error as Error).message;
      problems.push({ file, kind: /cut short|truncated/.test(detail) ? 'truncated' : 'damaged', detail });
    } finally {
      reader?.close();
    }
  }
  return problems;
}

/** Everything check verifies, on an open library. */
export async function checkLibrary(library: Library): Promise<LibraryCheck> {
  const databases = await checkDatabases(library.paths.dir, library.catalog.size > 0);
  return verdict([...databases, ...checkPacks(library), ...checkSegments(library)]);
}
