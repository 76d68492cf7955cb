// Searches in a worker thread with its own heap (issue 16): the desktop app's main
// process only passes messages, so the window never waits on a search and a
// search's garbage never pauses it. The worker opens the library read-only and
// is told of everything that changes what a search sees: reading flags at once,
// committed imports and removals by a reload. A new search (offset 0) cancels the
// one still running: the answer to an older keystroke is no longer wanted.
import { Worker } from 'node:worker_threads';
import type { HitSnippet, LibraryNotice, SearchResult } from '../../shared/model';
import { FolioError } from '../folio-error';
import { catalogBuffers } from '../library/catalog';
import type { CatalogCopy, CatalogUserState } from '../library/catalog';
import { sqlWasmFile } from '../library/records';
import type { SearchRequest } from '../queries/search-articles';
import type { SearchWorkerData, SearchWorkerRequest, SearchWorkerResponse, SearchWorkerValue } from './search-worker-protocol';
import type { FlagChange, MatchCounts, SavedQuery, Searcher } from './searcher';

type Pending = { resolve: (value: SearchWorkerValue) => void; reject: (error: Error) => void };

/** The library the worker searches, as the main process holds it. */
export interface SearchedLibrary {
  /** The main process's reading flags and set-aside articles, which the worker's read-only library cannot read from disk. */
  userState(): CatalogUserState;
  /** The main process's catalog, built now if it is not yet (the first list needs it anyway). */
  catalog(): CatalogCopy;
  /** Damage the worker found in the library's files. */
  noteDamage(notices: readonly LibraryNotice[]): void;
}

export class WorkerSearcher implements Searcher {
  private worker: Worker;
  private running = true;
  private library: SearchedLibrary | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly generation = new Int32Array(new SharedArrayBuffer(4));
  private closing = false;
  /** The worker's opening of the library: a search after a failed open reports why it failed. */
  private opening: Promise<unknown> = Promise.resolve();

  /**
   * Starts the worker thread at once: booting Node and the worker's code, and reading the index's
   * segments, take a while of their own, which passes while the main thread opens the library. The
   * worker opens the library itself at attach().
   */
  constructor(
    private readonly file: string,
    private readonly dir: string,
  ) {
    this.worker = this.boot();
  }

  /**
   * Opens the library in the worker from library.db's bytes as the main thread loaded them (moved,
   * not copied): the worker neither reads nor inflates the file again, and sees what the main thread
   * sees. Its state.db, read from disk as the main thread just read it, gives the same reading flags.
   */
  attach(library: SearchedLibrary, loaded: Uint8Array | null): void {
    this.library = library;
    if (!this.running) this.boot();
    this.open(null, loaded, true);
    // Built here while the worker opens the library and its index: the worker takes it over instead
    // of building the same catalog again after them (a third of its wait at 100k articles).
    const catalog = library.catalog();
    const handed = { type: 'catalog' as const, catalog, searchesBefore: Atomics.load(this.generation, 0) };
    this.send(handed, catalogBuffers(catalog)).catch(() => undefined);
  }

  private boot(): Worker {
    // Built JavaScript: it must not inherit a TypeScript loader from the parent.
    const workerData: SearchWorkerData = { sqlWasm: sqlWasmFile(), dir: this.dir };
    const worker = new Worker(this.file, { execArgv: [], workerData });
    worker.on('message', (msg: SearchWorkerResponse) => {
      // Before the answer is handed on: a caller that sees a damage error finds the damage noted.
      if (msg.notices.length > 0) this.library?.noteDamage(msg.notices);
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.value);
      else p.reject(new FolioError(msg.error.code, msg.error.message));
    });
    const stopped = (reason: string): void => {
      if (this.worker !== worker || !this.running) return;
      this.running = false; // the next request starts a fresh one, which opens the library again
      for (const p of this.pending.values()) p.reject(new FolioError('internal', `The search worker stopped: ${reason}`));
      this.pending.clear();
    };
    worker.on('error', (error) => stopped(error.message));
    worker.on('exit', (code) => {
      if (!this.closing) stopped(`exit code ${code}`);
    });
    this.worker = worker;
    this.running = true;
    return worker;
  }

  /** state: null when the worker opens the files the main thread has just opened (see attach). */
  private open(state: CatalogUserState | null, loaded: Uint8Array | null, catalogFollows: boolean): void {
    if (!this.library) throw new Error('the search worker was not given a library');
    this.opening = this.send(
      {
        type: 'open',
        state,
        loaded,
        catalogFollows,
        generation: this.generation.buffer as SharedArrayBuffer,
        searchesBefore: Atomics.load(this.generation, 0),
      },
      loaded ? [loaded.buffer as ArrayBuffer] : [],
    );
    this.opening.catch(() => undefined);
  }

  /** After the worker stopped, a fresh one: it opens the library again, told what only this process knows. */
  private restarted(): void {
    if (this.running || !this.library) return;
    this.boot();
    this.open(this.library.userState(), null, false);
  }

  private post(message: SearchWorkerRequest): Promise<SearchWorkerValue> {
    this.restarted();
    return this.send(message);
  }

  private send(message: SearchWorkerRequest, transfer: ArrayBuffer[] = []): Promise<SearchWorkerValue> {
    const worker = this.worker;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...message, id }, transfer);
    });
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    // Further pages of the shown results are never cancelled; a new first page is a new search.
    let generation: number | null = null;
    if (request.offset === 0) {
      generation = Atomics.add(this.generation, 0, 1) + 1;
    }
    return (await this.answer({ type: 'search', request, generation })) as SearchResult;
  }

  async snippets(query: string, ids: readonly number[]): Promise<HitSnippet[]> {
    return (await this.answer({ type: 'snippets', query, ids: [...ids] })) as HitSnippet[];
  }

  async counts(queries: readonly SavedQuery[]): Promise<MatchCounts[]> {
    return (await this.answer({ type: 'counts', queries: [...queries] })) as MatchCounts[];
  }

  /** Sends a request and waits for its answer; a failed open of the library is reported first. */
  private async answer(message: SearchWorkerRequest): Promise<SearchWorkerValue> {
    const answer = this.post(message);
    answer.catch(() => undefined); // awaited below, unless the open failed first
    await this.opening;
    return answer;
  }

  flagsChanged(changes: readonly FlagChange[]): void {
    // A stopped worker is told the flags when a fresh one opens.
    if (this.running) void this.post({ type: 'flags', changes: [...changes] }).catch(() => undefined);
  }

  libraryChanged(): void {
    if (!this.running || !this.library) return;
    const reload = { type: 'reload' as const, state: this.library.userState(), searchesBefore: Atomics.load(this.generation, 0) };
    void this.post(reload).catch(() => undefined);
  }

  /** The worker warms as soon as it has opened the library; a stopped one is started again. */
  warm(): void {
    this.restarted();
  }

  async close(): Promise<void> {
    this.closing = true;
    this.running = false;
    await this.worker.terminate();
  }
}
