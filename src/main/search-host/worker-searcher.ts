// Searches in a worker thread with its own heap (issue 16): the desktop app's main
// process only passes messages, so the window never waits on a search and a
// search's garbage never pauses it. The worker opens the library read-only and
// is told of everything that changes what a search sees: reading flags at once,
// committed imports and removals by a reload. A new search (offset 0) cancels the
// one still running: the answer to an older keystroke is no longer wanted.
import { Worker } from 'node:worker_threads';
import type { HitSnippet, LibraryNotice, SearchResult } from '../../shared/model';
import { FolioError } from '../folio-error';
import type { CatalogUserState } from '../library/catalog';
import { sqlWasmFile } from '../library/records';
import type { SearchRequest } from '../queries/search-articles';
import type { SearchWorkerRequest, SearchWorkerResponse, SearchWorkerValue } from './search-worker-protocol';
import type { FlagChange, MatchCounts, SavedQuery, Searcher } from './searcher';

type Pending = { resolve: (value: SearchWorkerValue) => void; reject: (error: Error) => void };

export class WorkerSearcher implements Searcher {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly generation = new Int32Array(new SharedArrayBuffer(4));
  private closing = false;
  /** The worker's opening of the library: a search after a failed open reports why it failed. */
  private opening: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly dir: string,
    /** The main process's reading flags and set-aside articles, which the worker's read-only library cannot read from disk. */
    private readonly userState: () => CatalogUserState,
    /** Damage the worker found in the library's files. */
    private readonly onDamage: (notices: readonly LibraryNotice[]) => void,
  ) {}

  /** Started on first use (the first list's warm-up, or a search): opening the library costs the worker a moment. */
  private started(): Worker {
    if (this.worker) return this.worker;
    // Built JavaScript: it must not inherit a TypeScript loader from the parent.
    const worker = new Worker(this.file, { execArgv: [] });
    worker.on('message', (msg: SearchWorkerResponse) => {
      // Before the answer is handed on: a caller that sees a damage error finds the damage noted.
      if (msg.notices.length > 0) this.onDamage(msg.notices);
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.value);
      else p.reject(new FolioError(msg.error.code, msg.error.message));
    });
    const stopped = (reason: string): void => {
      if (this.worker !== worker) return;
      this.worker = null; // the next request starts a fresh one, which opens the library again
      for (const p of this.pending.values()) p.reject(new FolioError('internal', `The search worker stopped: ${reason}`));
      this.pending.clear();
    };
    worker.on('error', (error) => stopped(error.message));
    worker.on('exit', (code) => {
      if (!this.closing) stopped(`exit code ${code}`);
    });
    this.worker = worker;
    this.opening = this.post({
      type: 'open',
      dir: this.dir,
      state: this.userState(),
      generation: this.generation.buffer as SharedArrayBuffer,
      sqlWasm: sqlWasmFile(),
    });
    this.opening.catch(() => undefined);
    return worker;
  }

  private post(message: SearchWorkerRequest): Promise<SearchWorkerValue> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...message, id });
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
    // Not started yet: it will read the flags when it opens.
    if (this.worker) void this.post({ type: 'flags', changes: [...changes] }).catch(() => undefined);
  }

  libraryChanged(): void {
    if (this.worker) void this.post({ type: 'reload', state: this.userState() }).catch(() => undefined);
  }

  warm(): void {
    this.started();
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.worker?.terminate();
    this.worker = null;
  }
}
