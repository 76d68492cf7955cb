// Runs one import job at a time in the background and reports it as events;
// callers that need the result (the CLI, tests) can wait for it.
import { randomUUID } from 'node:crypto';
import type { FolioEvent } from '../../../shared/contract';
import type { ImportReport, ImportTrigger, RepairReport } from '../../../shared/model';
import { FolioError } from '../../folio-error';
import type { Library } from '../../library/library';
import { checkImportRoots, runImportJob } from './import-job';
import type { CheckpointPolicy } from './import-job';
import type { ImportWorkers } from './import-work';
import { JobReport } from './job-report';
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
    private readonly startWorkers: () => Promise<ImportWorkers>,
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

  start(paths: string[], trigger: ImportTrigger = 'user'): string {
    this.assertIdle();
    const problem = checkImportRoots(paths);
    if (problem) throw new FolioError('folder-missing', problem);
    const id = randomUUID();
    const abort = new AbortController();
    const done = this.run(id, paths, abort.signal, trigger);
    this.running = { id, abort, done };
    return id;
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
    const workers = await this.startWorkers();
    try {
      return await repairLibrary(this.library, workers);
    } finally {
      await workers.close();
    }
  }

  /**
   * Never rejects, and ends with exactly one import-finished event, whatever fails and
   * wherever: otherwise the app would show an import running forever.
   */
  private async run(jobId: string, roots: string[], signal: AbortSignal, trigger: ImportTrigger): Promise<ImportReport> {
    // Let start() record the job before anything of it runs, so no event can come first.
    await Promise.resolve();
    let report: ImportReport;
    try {
      report = await this.runWithWorkers(jobId, roots, signal, trigger);
    } catch (error) {
      report = stoppedReport(jobId, roots, trigger, error, this.articleCount());
    }
    if (this.running?.id === jobId) this.running = null;
    this.tell({ type: 'import-finished', report });
    this.tell({ type: 'library-changed' });
    return report;
  }

  private async runWithWorkers(jobId: string, roots: string[], signal: AbortSignal, trigger: ImportTrigger): Promise<ImportReport> {
    const workers = await this.startWorkers();
    try {
      return await runImportJob({
        library: this.library,
        workers,
        roots,
        jobId,
        signal,
        trigger,
        onProgress: (progress) => this.emit({ type: 'import-progress', progress }),
        ...(this.checkpoints ? { checkpoints: this.checkpoints } : {}),
      });
    } finally {
      // A worker that will not close cleanly changes nothing in the library: the job's outcome stands.
      await workers.close().catch(() => undefined);
    }
  }

  /** An event whose listener fails must not take the job's end with it. */
  private tell(event: FolioEvent): void {
    try {
      this.emit(event);
    } catch {
      // The report is still returned to whoever waits for the job.
    }
  }

  private articleCount(): number {
    try {
      return this.library.db.articleCount();
    } catch {
      return 0;
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

  /** The report of a job started here (one that stopped on an error says so in report.error). */
  wait(jobId: string): Promise<ImportReport> {
    if (this.running?.id !== jobId) throw new FolioError('not-found', `No running import ${jobId}.`);
    return this.running.done;
  }

  async stop(): Promise<void> {
    this.running?.abort.abort();
    await this.idle();
  }
}

/** The report of a job that stopped before its own report could be made. */
function stoppedReport(jobId: string, roots: string[], trigger: ImportTrigger, error: unknown, articles: number): ImportReport {
  const report = new JobReport(jobId, roots, Date.now, trigger);
  return report.final(articles, false, `The import stopped: ${error instanceof Error ? error.message : String(error)}`);
}
