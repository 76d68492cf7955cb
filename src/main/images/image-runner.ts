// Runs one image download job at a time in the background and reports it as
// events, like imports; callers that need the result (the CLI, tests) can wait for it.
import type { FolioEvent } from '../../shared/contract';
import type { ImageJobReport } from '../../shared/model';
import { FolioError } from '../folio-error';
import { JobSlot } from '../job-slot';
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

export class ImageRunner {
  private readonly slot = new JobSlot<ImageJobReport>({
    busy: new FolioError('images-running', 'Images are already being downloaded. Wait for that to finish or cancel it.'),
    what: 'image download',
  });

  constructor(private readonly o: ImageRunnerOptions) {}

  get busy(): boolean {
    return this.slot.busy;
  }

  /** proxy: the CLI's --proxy, over the setting. */
  start(scope: JobScope, proxy: string | null = null): string {
    return this.slot.start((jobId, signal) => this.run(jobId, scope, proxy, signal));
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
      this.slot.release(jobId);
      emit({ type: 'image-finished', report });
      if (report.images.downloaded > 0) emit({ type: 'library-changed' });
      return report;
    } finally {
      await fetcher.close();
    }
  }

  cancel(jobId: string): boolean {
    return this.slot.cancel(jobId);
  }

  /** The report of a job started here. */
  wait(jobId: string): Promise<ImageJobReport> {
    return this.slot.wait(jobId);
  }

  stop(): Promise<void> {
    return this.slot.stop();
  }
}
