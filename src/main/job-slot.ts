// One background job of a kind at a time (an import, an image download): started
// with an id, cancelled by that id, waited for by callers that need its result
// (the CLI, tests), stopped when the library closes.
import { randomUUID } from 'node:crypto';
import { FolioError } from './folio-error';

interface Running<R> {
  id: string;
  abort: AbortController;
  done: Promise<R>;
}

export class JobSlot<R> {
  private running: Running<R> | null = null;

  /** busy: what to tell a caller who starts a second job; what: how to name a job that is not running. */
  constructor(private readonly messages: { busy: FolioError; what: string }) {}

  get busy(): boolean {
    return this.running !== null;
  }

  start(run: (jobId: string, signal: AbortSignal) => Promise<R>): string {
    if (this.running) throw this.messages.busy;
    const id = randomUUID();
    const abort = new AbortController();
    const done = run(id, abort.signal);
    this.running = { id, abort, done };
    void done.finally(() => this.release(id));
    return id;
  }

  /** Frees the slot (a job calls this before announcing it finished, so the next can start at once). */
  release(jobId: string): void {
    if (this.running?.id === jobId) this.running = null;
  }

  cancel(jobId: string): boolean {
    if (this.running?.id !== jobId) return false;
    this.running.abort.abort();
    return true;
  }

  /** The result of a job started here. */
  wait(jobId: string): Promise<R> {
    if (this.running?.id !== jobId) throw new FolioError('not-found', `No running ${this.messages.what} ${jobId}.`);
    return this.running.done;
  }

  /** Settles once no job is running (at once when none is); never rejects. */
  async idle(): Promise<void> {
    while (this.running)
      await this.running.done.then(
        () => undefined,
        () => undefined,
      );
  }

  async stop(): Promise<void> {
    const job = this.running;
    if (!job) return;
    job.abort.abort();
    await job.done.catch(() => undefined);
  }
}
