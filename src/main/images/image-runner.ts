// Runs one image download job at a time in the background and reports it as
// events, like imports; callers that need the result (the CLI, tests) can wait for it.
import { randomUUID } from 'node:crypto';
import type { FolioEvent } from '../../shared/contract';
import type { ImageJobReport } from '../../shared/model';
import { FolioError } from '../folio-error';
import type { Library } from '../library/library';
import { readSettings } from '../library/settings';
import type { LocalHosts } from './address-policy';
import type { FetcherFactory } from './fetcher';
import { runImageJob } from './image-job';
import type { JobScope } from './image-job';
import { fetchRules } from './image-tuning';
import type { ImageTuning } from './image-tuning';

export interface ImageRunnerOptions {
  library: Library;
  emit(event: FolioEvent): void;
  fetcher: FetcherFactory;
  localHosts: LocalHosts;
  tuning: ImageTuning;
}

interface RunningJob {
  id: string;
  abort: AbortController;
  done: Promise<ImageJobReport>;
}

export class ImageRunner {
  private running: RunningJob | null = null;

  constructor(private readonly o: ImageRunnerOptions) {}

  get busy(): boolean {
    return this.running !== null;
  }

  /** proxy: the CLI's --proxy, over the setting. */
  start(scope: JobScope, proxy: string | null = null): string {
    if (this.running) throw new FolioError('images-running', 'Images are already being downloaded. Wait for that to finish or cancel it.');
    const id = randomUUID();
    const abort = new AbortController();
    const done = this.run(id, scope, proxy, abort.signal);
    this.running = { id, abort, done };
    void done.finally(() => {
      if (this.running?.id === id) this.running = null;
    });
    return id;
  }

  private async run(jobId: string, scope: JobScope, proxy: string | null, signal: AbortSignal): Promise<ImageJobReport> {
    const { library, emit, tuning, localHosts } = this.o;
    const settings = readSettings(library.state);
    const fetcher = this.o.fetcher({ proxy: proxy ?? (settings.imageProxy || null), localHosts });
    try {
      const report = await runImageJob({
        library,
        fetcher,
        rules: fetchRules(settings, tuning, localHosts),
        tuning,
        jobId,
        scope,
        signal,
        onProgress: (progress) => emit({ type: 'image-progress', progress }),
      });
      // Free before telling anyone, so whoever hears "finished" can start the next job at once.
      if (this.running?.id === jobId) this.running = null;
      emit({ type: 'image-finished', report });
      if (report.images.downloaded > 0) emit({ type: 'library-changed' });
      return report;
    } finally {
      await fetcher.close();
    }
  }

  cancel(jobId: string): boolean {
    if (this.running?.id !== jobId) return false;
    this.running.abort.abort();
    return true;
  }

  /** The report of a job started here. */
  wait(jobId: string): Promise<ImageJobReport> {
    if (this.running?.id !== jobId) throw new FolioError('not-found', `No running image download ${jobId}.`);
    return this.running.done;
  }

  async stop(): Promise<void> {
    const job = this.running;
    if (!job) return;
    job.abort.abort();
    await job.done.catch(() => undefined);
  }
}
