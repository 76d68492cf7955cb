// One image download job: find the remote images an article, a view or the whole
// library refers to, fetch those not yet in the library (each URL once, however many
// articles use it), store them, and commit at checkpoints. Cancel keeps what was
// fetched; running the job again fetches only what is missing, and retries only what
// failed for a passing reason.
import type { ImageJobProgress, ImageJobReport, ImageScope } from '../../shared/model';
import type { Library } from '../library/library';
import type { RemoteRef, StoredImage } from '../library/records';
import { fetchImage } from './fetch-image';
import type { FetchRules } from './fetch-image';
import type { ImageFacts } from './image-facts';
import type { ImageFetcher } from './fetcher';
import { HostQueue } from './host-queue';
import type { Attempt, QueueLimits } from './host-queue';
import { ImageJobCounts } from './image-job-report';
import { ImageFiles, removePartialFiles } from './image-store';
import { isBeaconUrl, isPixelImage } from './tracking-pixel';

/** The contract's scopes, and the articles one import brought in (the "download images of new articles" setting). */
export type JobScope = ImageScope | { kind: 'imported-since'; time: number };

export interface JobTuning {
  limits: QueueLimits;
  /** Extra tries, within the job, of a download that failed for a passing reason. */
  retries: number;
  /** The first back-off pause; it doubles with each retry (a server's Retry-After wins, up to maxPauseMs). */
  backoffMs: number;
  maxPauseMs: number;
  /** How often a running job commits what it fetched (a commit rewrites library.db). */
  checkpointMs: number;
}

export interface ImageJobOptions {
  library: Library;
  fetcher: ImageFetcher;
  rules: FetchRules;
  tuning: JobTuning;
  jobId: string;
  scope: JobScope;
  signal: AbortSignal;
  onProgress(progress: ImageJobProgress): void;
  now?: () => number;
}

interface Download {
  url: string;
  host: string;
  articleUrl: string | null;
  tries: number;
}

const PROGRESS_INTERVAL_MS = 100;

function hostOf(url: string): string {
  if (/^data:/i.test(url)) return 'data:';
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

class ImageJob {
  private readonly counts: ImageJobCounts;
  private readonly now: () => number;
  private lastProgress = 0;
  private committing: Promise<void> = Promise.resolve();
  private readonly files: ImageFiles;
  private commitError: Error | null = null;
  /** Stored files whose rows wait for their folders to be flushed: rows never name a file that a crash could lose. */
  private stored: { url: string; image: StoredImage }[] = [];

  constructor(private readonly o: ImageJobOptions) {
    this.now = o.now ?? Date.now;
    this.counts = new ImageJobCounts(o.jobId, this.now);
    this.files = new ImageFiles(o.library.paths.images);
  }

  private progress(force = false): void {
    const t = this.now();
    if (!force && t - this.lastProgress < PROGRESS_INTERVAL_MS) return;
    this.lastProgress = t;
    this.o.onProgress(this.counts.progress());
  }

  private refsInScope(): RemoteRef[] {
    const { scope, library } = this.o;
    const images = library.db.images;
    if (scope.kind === 'article') return images.remoteRefs({ articleId: scope.id });
    if (scope.kind === 'imported-since') return images.remoteRefs({ importedSince: scope.time });
    if (scope.view.kind === 'all') return images.remoteRefs();
    const ids = new Set(library.catalog.page(scope.view, true, 0, Number.MAX_SAFE_INTEGER).ids);
    return images.remoteRefs().filter((ref) => ids.has(ref.articleId));
  }

  /** Each URL once, with the first article that uses it as its Referer; what needs no download is counted at once. */
  private collect(): Download[] {
    const refs = this.refsInScope();
    this.counts.articles = new Set(refs.map((r) => r.articleId)).size;
    const byUrl = new Map<string, RemoteRef>();
    for (const ref of refs) if (!byUrl.has(ref.url)) byUrl.set(ref.url, ref);
    this.counts.total = byUrl.size;
    const downloads: Download[] = [];
    for (const ref of byUrl.values()) {
      if (ref.imageId) this.counts.alreadyLocal++;
      else if ((ref.failure && !ref.transient) || isBeaconUrl(ref.url)) this.counts.skipped++;
      else downloads.push({ url: ref.url, host: hostOf(ref.url), articleUrl: ref.articleUrl, tries: 0 });
    }
    return downloads;
  }

  private async attempt(download: Download): Promise<Attempt> {
    const { library, signal, rules, tuning } = this.o;
    const outcome = await fetchImage(this.o.fetcher, download.url, download.articleUrl, rules, signal);
    if (signal.aborted) return { kind: 'done' };
    if (outcome.ok && isPixelImage(outcome.facts)) {
      library.db.images.recordFailure(download.url, 'a tracking pixel (1×1)', false, this.now());
      this.counts.skipped++;
    } else if (outcome.ok) {
      await this.store(download, outcome.facts, outcome.bytes);
    } else if (outcome.transient && download.tries < tuning.retries) {
      download.tries++;
      const pauseMs = Math.min(tuning.maxPauseMs, outcome.retryAfterMs ?? tuning.backoffMs * 2 ** (download.tries - 1));
      return { kind: 'retry', pauseMs };
    } else {
      library.db.images.recordFailure(download.url, outcome.reason, outcome.transient, this.now());
      this.counts.fail(download.url, download.host, outcome.reason);
    }
    this.progress();
    return { kind: 'done' };
  }

  private async store(download: Download, facts: ImageFacts, data: Uint8Array): Promise<void> {
    try {
      await this.files.write(facts.id, data);
    } catch (error) {
      // A full disk or a permission problem: not the image's fault, so not remembered as its failure.
      this.counts.fail(download.url, download.host, `could not be stored: ${(error as Error).message}`);
      return;
    }
    const { id, mime, bytes, width, height } = facts;
    this.stored.push({ url: download.url, image: { id, mime, bytes, width, height } });
    this.counts.downloaded++;
    this.counts.bytes += bytes;
  }

  /** The files first, then the rows that name them, then library.db (the rows are added with no wait before its snapshot). */
  private async commit(): Promise<void> {
    const rows = this.stored.splice(0);
    await this.files.flush();
    for (const { url, image } of rows) this.o.library.db.images.recordDownload(url, image, this.now());
    await this.o.library.checkpoint();
  }

  /** Commits in the background while downloads go on (and while they wait on a slow host); one commit at a time. */
  private checkpoint(): void {
    this.committing = this.committing
      .then(() => this.commit())
      .catch((error: unknown) => {
        this.commitError ??= error as Error;
      });
  }

  async run(): Promise<ImageJobReport> {
    const { library, signal, tuning } = this.o;
    const scope = this.o.scope.kind === 'imported-since' ? null : this.o.scope;
    let error: string | null = null;
    try {
      this.progress(true);
      await removePartialFiles(library.paths.images);
      const downloads = this.collect();
      this.counts.startDownloading();
      this.progress(true);
      const checkpoints = setInterval(() => this.checkpoint(), tuning.checkpointMs);
      try {
        await new HostQueue(tuning.limits, (d: Download) => this.attempt(d), signal).run(downloads);
      } finally {
        clearInterval(checkpoints);
      }
    } catch (failure) {
      error = `The download stopped: ${(failure as Error).message}`;
    }
    this.counts.phase = 'saving';
    this.progress(true);
    try {
      await this.committing;
      if (this.commitError) throw this.commitError;
      await this.commit();
    } catch (failure) {
      error ??= `The downloaded images could not be saved: ${(failure as Error).message}`;
    }
    this.counts.phase = 'finished';
    this.progress(true);
    return this.counts.final(scope, signal.aborted, error);
  }
}

export function runImageJob(options: ImageJobOptions): Promise<ImageJobReport> {
  return new ImageJob(options).run();
}
