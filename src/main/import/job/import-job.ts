// One import: scan the folders, prepare files in workers (several in flight),
// store results in order, and commit at checkpoints. Whatever stops the job —
// finishing, Cancel, an error, a crash — the library on disk holds whole
// articles only: everything up to the last commit, or nothing of this job.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { ImportProgress, ImportReport, ImportTrigger } from '../../../shared/model';
import type { Library } from '../../library/library';
import type { FileRow } from '../../library/records';
import { IndexPipeline } from '../../search/index/index-pipeline';
import { FileTooComplexError, WorkerBrokenError } from './import-workers';
import type { ImportWorkers } from './import-work';
import { JobReport } from './job-report';
import { KnownFiles } from './known-files';
import type { PreparedFile } from '../prepared-file';
import { IMPORT_RULES } from '../parse/import-rules';
import type { SitePlace } from '../parse/site-pages';
import { detectSiteLayout, sitePlaceOf } from './site-layout';
import { storeArticle } from './store-article';
import type { FileFacts } from './store-article';
import { walkImportRoot } from './walk';

/**
 * The index worker's memory for the segment it builds, past which the segment is written: what
 * bounds that worker's part of an import's peak memory whatever the articles' length (a count of
 * articles did not: 2,500 realistic ones held ~65 MB, long ones far more). 48 MB is ~1,500
 * realistic articles. Smaller segments mean more merges, which cost CPU and bring the merge
 * worker's heap into the import (a realistic 6k import in segments of 300–500 articles peaked higher).
 */
const SEGMENT_BYTES = 48 * 1024 * 1024;
const PROGRESS_INTERVAL_MS = 100;
/**
 * Files in flight per unit of the workers' parallelism while a checkpoint waits for the index
 * flush and saves library.db (2–4 s each on a 6k import): with only the usual eight per thread, the
 * parse workers sat idle for much of that wait. Bounded, as each result holds an article's body
 * and text (some 60 KB for a realistic page): 32 files with one parse thread (two cores), 64 with two.
 */
const AHEAD_WHILE_SAVING = 4;

/** When a running job commits. A commit rewrites library.db, so not too often; a crash loses at most this much. */
export interface CheckpointPolicy {
  intervalMs: number;
  articles: number;
  /** The index segment's memory that makes a flush (SEGMENT_BYTES unless stated). */
  segmentBytes?: number;
}

export const DEFAULT_CHECKPOINTS: CheckpointPolicy = { intervalMs: 20_000, articles: 20_000 };

export interface JobOptions {
  library: Library;
  workers: ImportWorkers;
  roots: string[];
  jobId: string;
  signal: AbortSignal;
  onProgress: (progress: ImportProgress) => void;
  trigger?: ImportTrigger;
  checkpoints?: CheckpointPolicy;
  now?: () => number;
}

interface ScannedFile {
  path: string;
  rawPath?: Buffer;
  root: string;
  sitePlace: SitePlace | null;
  size: number;
  mtimeMs: number;
}

class ImportJob {
  private readonly report: JobReport;
  private readonly now: () => number;
  private lastProgress = 0;
  private lastCommit: number;
  private sinceFlush = 0;
  private sinceCommit = 0;
  /** Articles added or changed since the catalog (lists, counts) was last rebuilt. */
  private sinceCatalog = 0;
  /** Whether the job removed an article its file no longer makes (it changed the library). */
  private removedAny = false;
  private readonly checkpoints: CheckpointPolicy;
  private commitInterval: number;
  private readonly index: IndexPipeline;
  private readonly seen = new Set<string>();

  constructor(private readonly o: JobOptions) {
    this.now = o.now ?? Date.now;
    this.report = new JobReport(o.jobId, o.roots, this.now, o.trigger);
    this.lastCommit = this.now();
    this.checkpoints = o.checkpoints ?? DEFAULT_CHECKPOINTS;
    this.commitInterval = this.checkpoints.intervalMs;
    this.index = new IndexPipeline(o.library, o.workers);
  }

  private progress(force = false): void {
    const t = this.now();
    if (!force && t - this.lastProgress < PROGRESS_INTERVAL_MS) return;
    this.lastProgress = t;
    this.o.onProgress(this.report.progress());
  }

  private async scan(): Promise<ScannedFile[]> {
    const files: ScannedFile[] = [];
    for (const root of this.o.roots) {
      const site = detectSiteLayout(path.resolve(root));
      for await (const entry of walkImportRoot(root)) {
        if (this.o.signal.aborted) return files;
        if (entry.kind === 'file') {
          const sitePlace = sitePlaceOf(site, path.resolve(root), entry.path);
          const raw = entry.rawPath ? { rawPath: entry.rawPath } : {};
          files.push({ path: entry.path, ...raw, root, sitePlace, size: entry.size, mtimeMs: Math.trunc(entry.mtimeMs) });
          this.report.filesSeen++;
        } else if (entry.kind === 'skip') {
          this.report.skip(entry.path, entry.reason);
        } else {
          this.report.fail(entry.path, entry.detail ? `${entry.reason}: ${entry.detail}` : entry.reason);
        }
        this.progress();
      }
    }
    return files;
  }

  /** A file whose size and mtime match the last import, read under the current rules, is not read again. */
  private unchangedRecord(file: ScannedFile, known: FileRow | null): boolean {
    if (!known || known.size !== file.size || known.mtime !== file.mtimeMs || known.rules !== IMPORT_RULES) return false;
    if (known.outcome === 'failed') return false;
    if (known.outcome === 'skipped') this.report.skip(file.path, known.reason ?? 'skipped');
    else this.report.unchanged++;
    return true;
  }

  private store(file: ScannedFile, known: FileRow | null, prepared: PreparedFile): void {
    const { library } = this.o;
    const facts: FileFacts = { path: file.path, size: file.size, mtimeMs: file.mtimeMs, known };
    switch (prepared.kind) {
      case 'same-content':
        if (known) library.db.putFile({ ...known, size: file.size, mtime: file.mtimeMs, rules: IMPORT_RULES });
        if (known?.outcome === 'skipped') this.report.skip(file.path, known.reason ?? 'skipped');
        else this.report.unchanged++;
        return;
      case 'skip':
        if (prepared.fileHash !== null) {
          const row = { size: file.size, mtime: file.mtimeMs, hash: prepared.fileHash, reason: prepared.reason, rules: IMPORT_RULES };
          library.db.putFile({ path: file.path, ...row, outcome: 'skipped', articleId: null });
        }
        // A file that was an article under earlier rules and is not one now (a site page): its article goes.
        if (known?.outcome === 'article' && known.articleId !== null) this.removeArticle(known.articleId);
        this.report.skip(file.path, prepared.reason);
        return;
      case 'fail':
        this.report.fail(file.path, prepared.detail ? `${prepared.reason}: ${prepared.detail}` : prepared.reason);
        return;
      case 'article': {
        const outcome = storeArticle(library, this.o.workers, facts, prepared, this.report, this.now());
        if (outcome === 'imported') this.report.imported++;
        else if (outcome === 'updated') this.report.updated++;
        else if (outcome === 'unchanged') this.report.unchanged++;
        if (outcome === 'imported' || outcome === 'updated') {
          this.sinceFlush++;
          this.sinceCommit++;
          this.sinceCatalog++;
        }
      }
    }
  }

  /** Removes an article its file no longer makes (at the next checkpoint, with its read and star state). */
  private removeArticle(id: number): void {
    this.removedAny = true;
    this.o.library.removeArticlesInBatch([id]);
    this.sinceCatalog++;
    this.sinceCommit++;
  }

  /** meanwhile: keeps the workers busy while the commit waits (not called when none is due). */
  private async checkpoint(force: boolean, meanwhile?: () => void): Promise<void> {
    const due = force || this.sinceCommit >= this.checkpoints.articles || this.now() - this.lastCommit >= this.commitInterval;
    const full = this.o.workers.indexBytes >= (this.checkpoints.segmentBytes ?? SEGMENT_BYTES);
    if ((full || due) && this.sinceFlush > 0) {
      this.index.flush();
      this.sinceFlush = 0;
    }
    if (!due) return;
    meanwhile?.();
    const { library } = this.o;
    // The last commit of a job waits for merges too, so the job leaves the index compact.
    await (force ? this.index.settle() : this.index.settleFlushes());
    this.report.phase = 'saving';
    this.progress(true);
    const saving = this.now();
    await library.checkpoint();
    if (this.sinceCatalog > 0) library.refreshCatalog();
    this.sinceCatalog = 0;
    this.lastCommit = this.now();
    // A commit rewrites library.db, which grows with the library: keep saving under ~5 % of the job.
    this.commitInterval = Math.max(this.checkpoints.intervalMs, 20 * (this.lastCommit - saving));
    this.sinceCommit = 0;
    this.report.phase = 'importing';
  }

  private async importFiles(files: ScannedFile[]): Promise<void> {
    const { library, workers, signal } = this.o;
    const queue: { file: ScannedFile; known: FileRow | null; result: Promise<PreparedFile> }[] = [];
    let next = 0;
    const knownFiles = new KnownFiles(library.db);
    const fill = (inFlight: number): void => {
      while (!signal.aborted && next < files.length && queue.length < inFlight) {
        const file = files[next++] as ScannedFile;
        this.seen.add(file.path);
        const known = knownFiles.of(file.path);
        if (this.unchangedRecord(file, known)) {
          this.report.filesDone++;
          continue;
        }
        // Bytes read under older rules are parsed again even when they have not changed.
        const knownHash = known?.rules === IMPORT_RULES ? known.hash : null;
        const raw = file.rawPath ? { rawPath: file.rawPath } : {};
        const { root, sitePlace, size, mtimeMs } = file;
        const result = workers.prepare({ path: file.path, ...raw, root, sitePlace, size, mtimeMs, knownHash });
        // Rejections are read in order below; this only keeps Node from calling them unhandled meanwhile.
        result.catch(() => undefined);
        queue.push({ file, known, result });
      }
    };
    fill(workers.parallelism);
    while (queue.length > 0) {
      const { file, known, result } = queue.shift() as (typeof queue)[number];
      this.report.currentFile = file.path;
      let prepared: PreparedFile;
      try {
        prepared = await result;
      } catch (error) {
        if (error instanceof WorkerBrokenError) throw error;
        const reason = error instanceof FileTooComplexError ? 'too complex to import' : 'malformed file';
        prepared = { kind: 'fail', fileHash: null, reason, detail: (error as Error).message };
      }
      try {
        this.store(file, known, prepared);
      } catch (error) {
        this.report.fail(file.path, `could not be stored: ${(error as Error).message}`);
      }
      this.report.filesDone++;
      this.progress();
      fill(workers.parallelism);
      await this.checkpoint(false, () => fill(workers.parallelism * AHEAD_WHILE_SAVING));
    }
    for (; next < files.length; next++) this.seen.add((files[next] as ScannedFile).path);
    workers.parsingDone();
  }

  /** Remembers the folders (to watch and refresh them), and whether any was imported before. */
  private rememberRoots(): void {
    const { library } = this.o;
    this.report.firstImport = this.o.roots.every((root) => library.db.articleFilesUnder(root).length === 0);
    library.rememberImportRoots(this.rootPaths(), this.now(), false);
  }

  /**
   * A known folder's import time moves only when the import changed the library: re-importing an
   * unchanged folder must leave nothing to commit, or it rewrites library.db (a 6k re-import spent
   * half its time on that).
   */
  private touchRoots(): void {
    const { imported, updated } = this.report;
    if (imported + updated > 0 || this.removedAny) this.o.library.rememberImportRoots(this.rootPaths(), this.now(), true);
  }

  private rootPaths(): string[] {
    return this.o.roots.map((root) => path.resolve(root));
  }

  private reportMissing(): void {
    for (const root of this.o.roots) {
      for (const path of this.o.library.db.articleFilesUnder(root)) if (!this.seen.has(path)) this.report.missing.push(path);
    }
  }

  async run(): Promise<ImportReport> {
    const { library, workers } = this.o;
    this.progress(true);
    const files = await this.scan();
    this.report.phase = 'importing';
    this.progress(true);
    try {
      await library.batch(async () => {
        this.rememberRoots();
        await this.importFiles(files);
        // A cancelled job has not looked at every file, so absent files prove nothing.
        if (!this.o.signal.aborted) this.reportMissing();
        this.touchRoots();
        await this.checkpoint(true);
      });
    } catch (error) {
      // The library is back at the last checkpoint: the articles stored since are dropped, whole.
      await workers.indexDiscard().catch(() => undefined);
      this.report.phase = 'finished';
      this.progress(true);
      return this.report.final(library.db.articleCount(), false, `The import stopped: ${(error as Error).message}`);
    }
    this.report.phase = 'finished';
    this.report.currentFile = null;
    this.progress(true);
    return this.report.final(library.db.articleCount(), this.o.signal.aborted);
  }
}

/** Checks the folders before a job starts, so a typo is an error, not an empty report. */
export function checkImportRoots(roots: string[]): string | null {
  for (const root of roots) {
    let isDir: boolean;
    try {
      isDir = statSync(root).isDirectory();
    } catch {
      return `No folder at ${root}.`;
    }
    if (!isDir) return `${root} is a file, not a folder. Import the folder that holds it.`;
  }
  return null;
}

export function runImportJob(options: JobOptions): Promise<ImportReport> {
  return new ImportJob(options).run();
}
