// Runs one import job at a time in the background and reports it as events;
// callers that need the result (the CLI, tests) can wait for it.
import { availableParallelism } from 'node:os';
import type { FolioEvent } from '../../shared/contract';
import type { ImportReport } from '../../shared/model';
import { FolioError } from '../folio-error';
import { JobSlot } from '../job-slot';
import type { Library } from '../library/library';
import { checkImportRoots, runImportJob } from './import-job';
import type { CheckpointPolicy } from './import-job';
import { threadWorkers } from './import-workers';

export class ImportRunner {
  private readonly slot = new JobSlot<ImportReport>({
    busy: new FolioError('import-running', 'An import is already running. Wait for it to finish or cancel it.'),
    what: 'import',
  });

  constructor(
    private readonly library: Library,
    private readonly workerFile: string | null,
    private readonly emit: (event: FolioEvent) => void,
    private readonly checkpoints: CheckpointPolicy | undefined,
  ) {}

  get busy(): boolean {
    return this.slot.busy;
  }

  start(paths: string[]): string {
    if (!this.slot.busy) {
      const problem = checkImportRoots(paths);
      if (problem) throw new FolioError('folder-missing', problem);
    }
    return this.slot.start((id, signal) => this.run(id, paths, signal));
  }

  private async run(jobId: string, roots: string[], signal: AbortSignal): Promise<ImportReport> {
    // Parsing runs on every core; the main thread only stores results and the index worker builds segments.
    const workers = this.workerFile ? threadWorkers(this.workerFile, availableParallelism()) : (await import('./inline-workers')).inlineWorkers();
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
  idle(): Promise<void> {
    return this.slot.idle();
  }

  cancel(jobId: string): boolean {
    return this.slot.cancel(jobId);
  }

  /** The report of a job started here; rejects if the job failed. */
  wait(jobId: string): Promise<ImportReport> {
    return this.slot.wait(jobId);
  }

  stop(): Promise<void> {
    return this.slot.stop();
  }
}
