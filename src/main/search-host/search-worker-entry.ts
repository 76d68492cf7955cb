// The search worker thread: opens the library read-only in its own heap (at first
// from library.db's bytes as the main thread loaded them, with the index's
// segments read ahead meanwhile and the main thread's catalog), warms the index
// and headlines at once, and answers searches. Requests are handled in order, so
// a search sent while it warms (or reloads after an import) waits for it.
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorShape } from '../folio-error';
import { Library } from '../library/library';
import { libraryPaths } from '../library/library-paths';
import { SegmentPrefetch } from '../search/index/segment-prefetch';
import { countMatches, searchArticles } from '../queries/search-articles';
import { hitSnippets } from '../queries/search-hits';
import { SearchStopped } from '../search/query-bounds';
import { sqlJs, useSqlWasmFile } from '../library/records';
import { warmIndex, warmLibrary } from './in-process-searcher';
import type { CatalogUserState } from '../library/catalog';
import type { SearchWorkerCall, SearchWorkerData, SearchWorkerResponse, SearchWorkerValue } from './search-worker-protocol';

const port = parentPort;
if (!port) throw new Error('search-worker must run as a worker thread');

const data = workerData as SearchWorkerData;
if (data.sqlWasm) useSqlWasmFile(data.sqlWasm);
// Compiled while the main thread still opens the library: the opening finds sql.js ready. A failure
// is reported by that opening, which awaits the same promise.
sqlJs().catch(() => undefined);
// Read while the main thread loads library.db, whose manifest then says which of them are live.
let readAhead: SegmentPrefetch | null = new SegmentPrefetch(libraryPaths(data.dir).index);
readAhead.start();

let library: Library | null = null;
let latest: Int32Array<ArrayBufferLike> = new Int32Array(1);

/** catalogFollows: the main thread's catalog comes next (see 'catalog'); the rest of warming waits for it. */
async function open(state: CatalogUserState | null, searchesBefore: number, catalogFollows: boolean, loaded?: Uint8Array): Promise<void> {
  const next = await Library.open(data.dir, { readOnly: true, loaded, openSegment: readAhead?.open });
  if (state) next.catalog.applyUserState(state);
  const old = library;
  library = next;
  await old?.close();
  // After the library is taken: damage met while warming goes out with this answer's notices.
  if (catalogFollows) warmIndex(next);
  else warmLibrary(next, searchWaiting(searchesBefore));
  // Warming opened the index, taking what was read ahead: the rest is not part of it.
  readAhead?.close();
  readAhead = null;
}

/** The main thread counts a search up before sending it: a higher count than at `before` means one waits. */
function searchWaiting(before: number): () => boolean {
  return () => Atomics.load(latest, 0) !== before;
}

function ready(): Library {
  if (!library) throw new Error('the search worker has no library open');
  return library;
}

async function handle(msg: SearchWorkerCall): Promise<SearchWorkerValue> {
  switch (msg.type) {
    case 'open':
      latest = new Int32Array(msg.generation);
      await open(msg.state, msg.searchesBefore, msg.catalogFollows, msg.loaded ?? undefined);
      return null;
    case 'catalog':
      ready().adoptCatalog(msg.catalog);
      warmLibrary(ready(), searchWaiting(msg.searchesBefore));
      return null;
    case 'reload':
      await open(msg.state, msg.searchesBefore, false);
      return null;
    case 'search': {
      const generation = msg.generation;
      const superseded = generation === null ? undefined : () => Atomics.load(latest, 0) !== generation;
      return searchArticles(ready(), msg.request, superseded);
    }
    case 'snippets':
      return hitSnippets(ready(), msg.query, msg.ids);
    case 'counts':
      return msg.queries.map((q) => countMatches(ready(), q.query, q.view));
    case 'flags':
      for (const c of msg.changes) ready().catalog.setFlags(c.articleId, c.read, c.starred);
      return null;
  }
}

// One at a time, in order: a reload finishes before the next search reads the library.
let queue: Promise<void> = Promise.resolve();
port.on('message', (msg: SearchWorkerCall) => {
  queue = queue.then(async () => {
    let response: SearchWorkerResponse;
    const notices = () => [...(library?.notices ?? [])];
    try {
      const value = await handle(msg);
      response = { id: msg.id, ok: true, value, notices: notices() };
    } catch (error) {
      const cancelled = error instanceof SearchStopped && error.reason === 'superseded';
      const shape = cancelled ? { code: 'cancelled' as const, message: 'A newer search replaced this one.' } : toErrorShape(error);
      response = { id: msg.id, ok: false, error: shape, notices: notices() };
    }
    port.postMessage(response);
  });
});
