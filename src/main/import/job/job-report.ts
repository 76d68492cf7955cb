// Counts and lists that become both the progress events and the final report.
import type { DuplicateFile, FileIssue, ImportProgress, ImportReport, ImportPhase, ImportTrigger } from '../../../shared/model';

export class JobReport {
  imported = 0;
  updated = 0;
  unchanged = 0;
  duplicates = 0;
  filesSeen = 0;
  filesDone = 0;
  readonly skipped: FileIssue[] = [];
  readonly failed: FileIssue[] = [];
  readonly missing: string[] = [];
  readonly duplicateFiles: DuplicateFile[] = [];
  firstImport = false;
  readonly images = { copied: 0, remote: 0, missing: [] as FileIssue[] };
  currentFile: string | null = null;
  phase: ImportPhase = 'scanning';
  private readonly started: number;

  constructor(
    readonly jobId: string,
    readonly roots: string[],
    private readonly now: () => number,
    readonly trigger: ImportTrigger = 'user',
  ) {
    this.started = now();
  }

  skip(path: string, reason: string): void {
    this.skipped.push({ path, reason });
  }

  fail(path: string, reason: string): void {
    this.failed.push({ path, reason });
  }

  duplicate(path: string, ofPath: string, ofTitle: string, why: DuplicateFile['why']): void {
    this.duplicates++;
    this.duplicateFiles.push({ path, ofPath, ofTitle, why });
  }

  private elapsedSeconds(): number {
    return (this.now() - this.started) / 1000;
  }

  progress(): ImportProgress {
    const seconds = this.elapsedSeconds();
    const rate = seconds > 0 ? this.filesDone / seconds : 0;
    const left = this.filesSeen - this.filesDone;
    return {
      jobId: this.jobId,
      phase: this.phase,
      filesSeen: this.filesSeen,
      filesDone: this.filesDone,
      imported: this.imported,
      updated: this.updated,
      unchanged: this.unchanged,
      duplicates: this.duplicates,
      skipped: this.skipped.length,
      failed: this.failed.length,
      currentFile: this.currentFile,
      filesPerSecond: Math.round(rate * 10) / 10,
      etaSeconds: this.phase === 'importing' && rate > 0 ? Math.ceil(left / rate) : null,
    };
  }

  final(articles: number, cancelled: boolean, error: string | null = null): ImportReport {
    return {
      jobId: this.jobId,
      roots: this.roots,
      imported: this.imported,
      updated: this.updated,
      unchanged: this.unchanged,
      duplicates: this.duplicates,
      skipped: this.skipped,
      failed: this.failed,
      missing: this.missing,
      duplicateFiles: this.duplicateFiles,
      firstImport: this.firstImport,
      trigger: this.trigger,
      images: this.images,
      articles,
      cancelled,
      error,
      seconds: Math.round(this.elapsedSeconds() * 1000) / 1000,
    };
  }
}
