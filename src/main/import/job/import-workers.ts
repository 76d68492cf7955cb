// Where an import's CPU-heavy work runs: worker threads in the app and CLI, so
// parsing never blocks the main process (see inline-workers.ts for unit tests).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResourceLimits } from 'node:worker_threads';
import type { SegmentWritten } from '../../search/index/index-builder';
import type { PreparedFile } from '../prepared-file';
import type { ImportWorkers } from './import-work';
import { WORKER_READY } from './worker-protocol';
import type { WorkerCall, WorkerRequest, WorkerResponse, WorkerStarted } from './worker-protocol';

export interface WorkerOptions {
  /**
   * How long one file may take in its worker. Past it the worker is ended and started
   * again, and the file is reported as too complex: no single file can hold an import up.
   */
  fileBudgetMs: number;
  /**
   * A parse worker's old generation. A file that needs more is reported as too complex, like one
   * over its time budget, and the files queued behind it go to a fresh worker.
   */
  heapLimitMb?: number;
}

/** Far beyond any real article (the slowest real pages take well under a second). */
export const DEFAULT_WORKER_OPTIONS: WorkerOptions = { fileBudgetMs: 20_000 };

/**
 * Heap limits for the import's threads. Under V8's defaults (a 4 GB limit, 16 MB semi-spaces) a
 * parse worker's heap, which holds a page's DOM or two at a time, grew by large steps to 100–240 MB
 * over a 6,000-article import. A stated limit makes V8 grow it in smaller steps. Measured on the
 * realistic 6k corpus (CLI import, load ~5): peak RSS 600–730 MB with the defaults, 530–545 MB with
 * these, for the same CPU time; a 1 GB limit with a 16 MB young generation got it to 450–490 MB,
 * but cost ~8 % more CPU in collections. A file that needs more than its worker's limit is reported
 * as too complex (see WorkerHandle). V8's semi-space flag, where set, overrides the young
 * generations given here (cli/tuned-launch.ts clears it before workers start).
 */
const DEFAULT_HEAP_LIMIT_MB = 1536;
/** The index and merge workers' postings live outside the heap, in array buffers. */
const INDEX_HEAP_LIMIT_MB = 2048;
/**
 * 48 MB (16 MB semi-spaces). With 2 MB (the CLI's main-thread flag, when it reached the workers) a
 * parse worker scavenged ~1,300 times on a 6k import, ~8 % more CPU for the whole import; 24 MB was
 * chosen beside two parse threads. With one (parseThreadsFor), 48 MB imported the realistic 6k
 * faster than 24 MB in each of eight interleaved pairs (11.9 against 12.4 s on average, less CPU),
 * for a peak RSS of 330–355 MB against 311–319; 64 and 96 MB were no faster and held more.
 */
const YOUNG_GENERATION_MB = 48;
/**
 * The merge worker allocates little on the heap (postings are array buffers), yet with 32 MB its
 * new space grew to 32 MB and stayed there, nearly all of it empty: 8 MB. The index worker, which
 * also normalises and tokenises every article's text, imported the realistic 6k faster with 24 MB
 * than with 8 in each of four interleaved pairs (10.5 against 10.9 s on average), at about the same
 * peak RSS; 48 MB was no faster.
 */
const INDEX_YOUNG_GENERATION_MB = 24;
const MERGE_YOUNG_GENERATION_MB = 8;
/** Files in flight per parse thread (see parallelism). */
const FILES_PER_THREAD = 8;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  message: WorkerRequest;
  transfer: ArrayBuffer[];
  timer: NodeJS.Timeout | null;
}

export class WorkerBrokenError extends Error {}

/** A file that ran past its time budget. */
export class FileTooComplexError extends Error {}

/**
 * One worker thread with request/response matching. Started on its first request, so a
 * re-import of unchanged files starts none. A worker that dies on a file fails that file
 * and is started again; one that dies before it has said anything never will start, and
 * says so. (Whether it said anything is decided when it exits, after every message it
 * posted has been delivered: an 'error' event can arrive before its 'ready' message.)
 */
class WorkerHandle {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closing = false;
  private broken: string | null = null;
  /** The request the worker said it began last: the file it was on if it dies. */
  private running: number | null = null;

  constructor(
    private readonly file: string,
    private readonly budgetMs: number | null,
    private readonly limits: ResourceLimits,
    /** Ends the thread whenever it has nothing left to do (the merge worker: merges are minutes apart). */
    private readonly endWhenIdle = false,
  ) {}

  get load(): number {
    return this.pending.size;
  }

  private spawn(): Worker {
    // The worker file is always built JavaScript: it must not inherit a TypeScript loader from the parent.
    const worker = new Worker(this.file, { execArgv: [], resourceLimits: this.limits });
    let heard = false;
    let lastError: string | null = null;
    let outOfMemory = false;
    worker.on('message', (msg: WorkerResponse | WorkerStarted | typeof WORKER_READY) => {
      heard = true;
      if (msg === WORKER_READY || this.worker !== worker) return;
      const p = this.pending.get(msg.id);
      if (!p) return;
      if ('started' in msg) {
        this.running = msg.id;
        if (this.budgetMs !== null) p.timer = setTimeout(() => this.overBudget(msg.id), this.budgetMs);
        return;
      }
      this.settle(msg.id);
      if (msg.ok) p.resolve(msg.value);
      else p.reject(new Error(msg.message));
      if (this.endWhenIdle) this.endIfIdle();
    });
    worker.on('error', (error: NodeJS.ErrnoException) => {
      lastError = error.message;
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') outOfMemory = true;
    });
    worker.on('exit', (code) => {
      // A worker ended on purpose (closing, or over a file's budget) is no news.
      if (this.closing || this.worker !== worker) return;
      const running = this.running;
      if (outOfMemory && heard && running !== null && this.pending.has(running)) {
        this.worker = null;
        this.giveUp(
          running,
          new FileTooComplexError(`needs more than the ${this.limits.maxOldGenerationSizeMb} MB of memory a worker has`),
        );
        return;
      }
      const reason = lastError ?? `exit code ${code}`;
      if (!heard) this.broken = reason;
      const error = this.broken
        ? new WorkerBrokenError(`the import worker cannot start: ${reason}`)
        : new Error(`import worker stopped: ${reason}`);
      for (const id of [...this.pending.keys()]) this.settle(id)?.reject(error);
      this.worker = null; // the next request starts a fresh one
    });
    return worker;
  }

  /** Forgets a request (and its budget timer); returns it. */
  private settle(id: number): Pending | undefined {
    const p = this.pending.get(id);
    if (p?.timer) clearTimeout(p.timer);
    this.pending.delete(id);
    return p;
  }

  /** Ends the worker stuck on one file, fails that file, and gives the files queued behind it to a fresh worker. */
  private overBudget(id: number): void {
    const stuck = this.worker;
    this.worker = null;
    void stuck?.terminate();
    this.giveUp(id, new FileTooComplexError(`still not done after ${Math.round((this.budgetMs ?? 0) / 1000)} s`));
  }

  /** Fails the file a worker was ended on (this.worker already cleared), and gives the files queued behind it to a fresh one. */
  private giveUp(id: number, error: FileTooComplexError): void {
    this.settle(id)?.reject(error);
    if (this.pending.size === 0) return;
    const fresh = (this.worker = this.spawn());
    for (const p of this.pending.values()) fresh.postMessage(p.message, p.transfer);
  }

  request<T>(call: WorkerCall, transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.broken) return Promise.reject(new WorkerBrokenError(`the import worker cannot start: ${this.broken}`));
    const message = { ...call, id: this.nextId++ };
    const worker = (this.worker ??= this.spawn());
    return new Promise<T>((resolve, reject) => {
      this.pending.set(message.id, { resolve: resolve as (v: unknown) => void, reject, message, transfer, timer: null });
      worker.postMessage(message, transfer);
    });
  }

  /** Ends the thread, and with it its heap, unless it has work; the next request starts a fresh one. */
  endIfIdle(): void {
    if (this.pending.size > 0) return;
    const idle = this.worker;
    this.worker = null; // its exit is then no news (see spawn)
    void idle?.terminate();
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const id of [...this.pending.keys()]) this.settle(id);
    await this.worker?.terminate();
  }
}

export function threadWorkers(file: string, parseThreads: number, options: WorkerOptions = DEFAULT_WORKER_OPTIONS): ImportWorkers {
  const parseLimits = {
    maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
    maxOldGenerationSizeMb: options.heapLimitMb ?? DEFAULT_HEAP_LIMIT_MB,
  };
  const parsers = Array.from({ length: Math.max(1, parseThreads) }, () => new WorkerHandle(file, options.fileBudgetMs, parseLimits));
  // Index work has no time budget (a large merge may take a while, and it is never one file's fault) and
  // half V8's usual heap: stating a limit is what keeps V8 from growing the heap by large steps.
  const indexer = new WorkerHandle(file, null, {
    maxYoungGenerationSizeMb: INDEX_YOUNG_GENERATION_MB,
    maxOldGenerationSizeMb: INDEX_HEAP_LIMIT_MB,
  });
  // Merges get their own thread: one can take seconds, and flushes must not queue behind it.
  const merger = new WorkerHandle(
    file,
    null,
    { maxYoungGenerationSizeMb: MERGE_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: INDEX_HEAP_LIMIT_MB },
    true,
  );
  const leastBusy = (): WorkerHandle => parsers.reduce((a, b) => (b.load < a.load ? b : a));
  // Adds are not awaited (the job goes on parsing), but one the index worker did not take must fail
  // the flush after it, which would otherwise write the segment without those articles.
  let lostAdd: Error | null = null;
  // An add's answer that arrives after a flush or discard was sent speaks of the segment before it.
  let indexBytes = 0;
  let segment = 0;
  const nextSegment = (): void => {
    indexBytes = 0;
    segment++;
  };
  return {
    // Results are taken in file order, so a thread must hold several files: with two each, a long
    // page at the head of the line left the other thread idle (realistic 6k import, ~1.8 of 2
    // cores busy). Eight each took the import from 13.6–14.0 s to 12.9–13.2 s at the same CPU.
    parallelism: parsers.length * FILES_PER_THREAD,
    get indexBytes() {
      return indexBytes;
    },
    prepare: (task) => leastBusy().request<PreparedFile>({ type: 'prepare', task }),
    indexAdd: (articleId, article) => {
      const into = segment;
      indexer.request<number>({ type: 'index-add', articleId, article }).then(
        (bytes) => {
          if (into === segment) indexBytes = bytes;
        },
        (error: unknown) => {
          lostAdd ??= error instanceof Error ? error : new Error(String(error));
        },
      );
    },
    indexFlush: async (path) => {
      nextSegment();
      try {
        // Answers come in order: by the flush's, every add sent before it was taken or lost.
        const written = await indexer.request<SegmentWritten | null>({ type: 'index-flush', path });
        if (lostAdd) throw new Error(`articles did not reach the index: ${lostAdd.message}`);
        return written;
      } finally {
        lostAdd = null;
      }
    },
    indexDiscard: () => {
      lostAdd = null;
      nextSegment();
      return indexer.request<void>({ type: 'index-discard' });
    },
    indexMerge: (request) => merger.request<SegmentWritten>({ type: 'index-merge', request }),
    parsingDone: () => {
      for (const parser of parsers) parser.endIfIdle();
    },
    close: async () => {
      await Promise.all([...parsers, indexer, merger].map((w) => w.close()));
    },
  };
}

/**
 * Parse threads for a machine of this many cores: all but one, which the index worker, the main
 * thread (storing results) and V8's collector threads share. Measured on 2 cores, realistic corpus,
 * imports interleaved: one parse thread imported 6k articles as fast as two (13.6 against 13.5 s,
 * six pairs) and 20k too (42.6–44.8 against 42.6–42.8 s), with 6 % less CPU and a peak RSS of
 * 306–320 MB against 378–431 at 6k, 410–447 against 476–494 at 20k. A second parse thread made
 * four busy threads on two cores: the time it added was lost again to a second heap warming up
 * and collecting, and to the threads evicting each other's caches.
 */
export function parseThreadsFor(cores: number): number {
  return Math.max(1, cores - 1);
}

/** Worker threads from the built worker file, or (unit tests, which run the sources) the calling thread. */
export async function startImportWorkers(
  workerFile: string | null,
  options: WorkerOptions = DEFAULT_WORKER_OPTIONS,
): Promise<ImportWorkers> {
  if (workerFile) return threadWorkers(workerFile, parseThreadsFor(availableParallelism()), options);
  return (await import('./inline-workers')).inlineWorkers();
}
