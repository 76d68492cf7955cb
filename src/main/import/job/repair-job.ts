// `folio repair` and the app's Repair: re-reads damaged articles from their
// source files where they still exist, removes those that cannot be recovered
// (reporting each with its title and why), rebuilds the whole index from the
// stored articles, and writes both databases afresh — so a damaged previous copy
// is replaced and a fallback becomes the library's own. Nothing on disk is
// deleted: damaged bytes stay where they are, unreferenced.
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RepairReport } from '../../../shared/model';
import { verifyStored } from '../../library/check';
import type { Library } from '../../library/library';
import type { ArticleRow } from '../../library/records';
import type { ImportWorkers } from './import-work';

const ROWS_PER_READ = 512;
/** Articles per rebuilt segment, as an import writes them. */
const SEGMENT_ARTICLES = 2500;

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function allArticles(library: Library): ArticleRow[] {
  const ids = library.catalog.page({ kind: 'all' }, true, 0, library.catalog.size).ids;
  const rows: ArticleRow[] = [];
  for (let i = 0; i < ids.length; i += ROWS_PER_READ) rows.push(...library.db.articles(ids.slice(i, i + ROWS_PER_READ)));
  return rows;
}

/** Reads the article's file again; null and why when it cannot give the article's text back. */
async function reread(library: Library, workers: ImportWorkers, row: ArticleRow): Promise<string | null> {
  let size: number;
  let mtimeMs: number;
  try {
    ({ size, mtimeMs } = statSync(row.path));
  } catch {
    return `its stored text is damaged and its file ${row.path} is gone`;
  }
  const prepared = await workers.prepare({
    path: row.path,
    root: dirname(row.path),
    sitePlace: null,
    size,
    mtimeMs: Math.trunc(mtimeMs),
    knownHash: null,
  });
  if (prepared.kind !== 'article') return `its stored text is damaged and its file ${row.path} no longer reads as an article`;
  library.write(() => {
    const at = library.packs.append(prepared.body.bytes);
    if (library.db.blobHash(row.bodyBlob) === prepared.body.hash) {
      // The file holds what was stored: the blob gets a fresh copy of its bytes.
      library.db.moveBlob(row.bodyBlob, at);
    } else {
      // The file changed since: the article takes its text as it is now.
      const blob = library.db.blobId(prepared.body.hash) ?? library.db.putBlob(prepared.body.hash, at);
      library.db.setArticleBody(row.id, blob, prepared.text.length);
    }
  });
  return null;
}

/** Writes every readable article's tokens into new segments, then makes them the whole index. */
async function rebuildIndex(library: Library, workers: ImportWorkers, rows: ArticleRow[]): Promise<void> {
  const segments: { id: number; file: string; written: { docs: number; bytes: number; checks: Uint8Array } }[] = [];
  const flush = async (): Promise<void> => {
    const { id, file, path } = library.newSegmentFile();
    const written = await workers.indexFlush(path);
    if (written) segments.push({ id, file, written });
  };
  for (const [n, row] of rows.entries()) {
    workers.indexAdd(row.id, { title: row.title, text: library.readText(row.body) });
    if ((n + 1) % SEGMENT_ARTICLES === 0) await flush();
    // Reading the texts runs here: let the app's main process answer the window in between.
    else if (n % 100 === 99) await turn();
  }
  await flush();
  library.replaceIndex(segments);
}

export async function repairLibrary(library: Library, workers: ImportWorkers): Promise<RepairReport> {
  library.startRepair();
  const lost: RepairReport['lost'] = [];
  let recovered = 0;
  for (const row of allArticles(library)) {
    const stored = verifyStored(library.packs, row.body);
    if ('crc' in stored) {
      if (row.body.crc === null) library.write(() => library.db.setBlobCrc(row.bodyBlob, stored.crc));
      continue;
    }
    // Another article sharing this blob may have brought it back already.
    const again = library.db.article(row.id);
    if (again && 'crc' in verifyStored(library.packs, again.body)) {
      recovered++;
      continue;
    }
    const reason = await reread(library, workers, row);
    if (reason === null) recovered++;
    else lost.push({ id: row.id, title: row.title, reason });
  }
  const lostIds = new Set(lost.map((l) => l.id));
  await rebuildIndex(
    library,
    workers,
    allArticles(library).filter((row) => !lostIds.has(row.id)),
  );
  await library.removeArticles([...lostIds]);
  library.refreshCatalog();
  await library.checkpoint();
  await library.saveState();
  library.clearNotices();
  return { articles: library.db.articleCount(), recovered, lost, indexRebuilt: true };
}
