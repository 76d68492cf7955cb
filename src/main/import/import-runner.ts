// Runs one import job at a time in the background and reports it as events;
// callers that need the result (the CLI, tests) can wait for it.
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { FolioEvent } from '../../shared/contract';
import type { ImportReport, RepairReport } from '../../shared/model';
import { FolioError } from '../folio-error';
import type { Library } from '../library/library';
import { checkImportRoots, runImportJob } from './import-job';
import type { CheckpointPolicy } from './import-job';
import { threadWorkers } from './import-workers';
import type { ImportWorkers } from './import-workers';
import { repairLibrary } from './repair-job';

interface RunningJob {
  id: string;
  abort: AbortController;
  done: Promise<ImportReport>;
}

export class ImportRunner {
  private running: RunningJob | null = null;
  /** A repair in progress (it cannot be cancelled: closing waits for it). */
  private repairing: Promise<RepairReport> | null = null;

  constructor(
    private readonly library: Library,
    private readonly workerFile: string | null,
    private readonly emit: (event: FolioEvent) => void,
    private readonly checkpoints: CheckpointPolicy | undefined,
  ) {}

  get busy(): boolean {
    return this.running !== null || this.repairing !== null;
  }

  private assertIdle(): void {
    if (this.running) throw new FolioError('import-running', 'An import is already running. Wait for it to finish or cancel it.');
    if (this.repairing) throw new FolioError('import-running', 'The library is being repaired. Wait for the repair to finish.');
  }

  start(paths: string[]): string {
    this.assertIdle();
    const problem = checkImportRoots(paths);
    if (problem) throw new FolioError('folder-missing', problem);
    const id = randomUUID();
    const abort = new AbortController();
    const done = this.run(id, paths, abort.signal);
    this.running = { id, abort, done };
    void done.finally(() => {
      if (this.running?.id === id) this.running = null;
    });
    return id;
  }

  /** Parsing runs on every core; the main thread only stores results and the index worker builds segments. */
  private async openWorkers(): Promise<ImportWorkers> {
    return this.workerFile ? threadWorkers(this.workerFile, availableParallelism()) : (await import('./inline-workers')).inlineWorkers();
  }

  /** Repairs the library (see repair-job.ts); no import runs meanwhile. */
  async repair(): Promise<RepairReport> {
    this.assertIdle();
    const run = this.runRepair();
    this.repairing = run;
    try {
      return await run;
    } finally {
      this.repairing = null;
    }
  }

  private async runRepair(): Promise<RepairReport> {
    const workers = await this.openWorkers();
    try {
      return await repairLibrary(this.library, workers);
    } finally {
      await workers.close();
    }
  }

  private async run(jobId: string, roots: string[], signal: AbortSignal): Promise<ImportReport> {
    const workers = await this.openWorkers();
    try {
      const report = await runImportJob({
        library: this.library,
        workers,
        roots,
        jobId,
        signal,
        onProgress: (progress) => this.emit({ type: 'import-progress', progress }),
        ...(this.checkpoints ? { checkpoints: this.checkpoints } : {}),
      });
      this.emit({ type: 'import-finished', report });
      this.emit({ type: 'library-changed' });
      return report;
    } finally {
      await workers.close();
    }
  }

  /** Settles once no job is running (at once when none is); never rejects. */
  async idle(): Promise<void> {
    for (let job = this.running?.done ?? this.repairing; job; job = this.running?.done ?? this.repairing) {
      await job.then(
        () => undefined,
        () => undefined,
      );
    }
  }

  cancel(jobId: string): boolean {
    if (this.running?.id !== jobId) return false;
    this.running.abort.abort();
    return true;
  }

  /** The report of a job started here; rejects if the job failed. */
  wait(jobId: string): Promise<ImportReport> {
    if (this.running?.id !== jobId) throw new FolioError('not-found', `No running import ${jobId}.`);
    return this.running.done;
  }

  async stop(): Promise<void> {
    this.running?.abort.abort();
    await this.idle();
  }
}
