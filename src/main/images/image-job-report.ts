// Counts that become both an image job's progress events and its final report.
import type { HostFailures, ImageJobPhase, ImageJobProgress, ImageJobReport, ImageScope } from '../../shared/model';

const TOP_HOSTS = 8;

export class ImageJobCounts {
  phase: ImageJobPhase = 'collecting';
  articles = 0;
  total = 0;
  downloaded = 0;
  alreadyLocal = 0;
  skipped = 0;
  bytes = 0;
  readonly failed: { url: string; reason: string }[] = [];
  private readonly hostFailures = new Map<string, number>();
  private readonly started: number;
  /** When downloading began: the rate and ETA count from there, not from collecting. */
  private downloadStarted: number | null = null;
  /** Settled when downloading began (already local, skipped): not part of the rate. */
  private settledBefore = 0;

  constructor(
    readonly jobId: string,
    private readonly now: () => number,
  ) {
    this.started = now();
  }

  get done(): number {
    return this.downloaded + this.alreadyLocal + this.skipped + this.failed.length;
  }

  startDownloading(): void {
    this.phase = 'downloading';
    this.downloadStarted = this.now();
    this.settledBefore = this.done;
  }

  fail(url: string, host: string, reason: string): void {
    this.failed.push({ url, reason });
    this.hostFailures.set(host, (this.hostFailures.get(host) ?? 0) + 1);
  }

  private failuresByHost(): HostFailures[] {
    return [...this.hostFailures]
      .map(([host, count]) => ({ host, count }))
      .sort((a, b) => b.count - a.count || a.host.localeCompare(b.host))
      .slice(0, TOP_HOSTS);
  }

  progress(): ImageJobProgress {
    const seconds = this.downloadStarted === null ? 0 : (this.now() - this.downloadStarted) / 1000;
    const settled = this.done - this.settledBefore;
    const rate = seconds > 0 ? settled / seconds : 0;
    return {
      jobId: this.jobId,
      phase: this.phase,
      articles: this.articles,
      total: this.total,
      done: this.done,
      downloaded: this.downloaded,
      alreadyLocal: this.alreadyLocal,
      skipped: this.skipped,
      failed: this.failed.length,
      bytes: this.bytes,
      bytesPerSecond: seconds > 0 ? Math.round(this.bytes / seconds) : 0,
      etaSeconds: this.phase === 'downloading' && rate > 0 ? Math.ceil((this.total - this.done) / rate) : null,
      failuresByHost: this.failuresByHost(),
    };
  }

  final(scope: ImageScope | null, cancelled: boolean, error: string | null): ImageJobReport {
    return {
      jobId: this.jobId,
      scope,
      articles: this.articles,
      images: { downloaded: this.downloaded, alreadyLocal: this.alreadyLocal, skipped: this.skipped, failed: this.failed },
      failuresByHost: this.failuresByHost(),
      bytes: this.bytes,
      seconds: Math.round((this.now() - this.started) / 10) / 100,
      cancelled,
      error,
    };
  }
}
