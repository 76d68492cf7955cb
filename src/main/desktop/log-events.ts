// Which app events reach the log, and what of them: counts and outcomes, never a title,
// a file's text or a search (see log-file.ts).
import type { FolioEvent } from '../../shared/contract';
import type { LogFile } from './log-file';

export function logEvent(log: LogFile, event: FolioEvent): void {
  if (event.type === 'import-finished') {
    const { report } = event;
    log.info('import-finished', {
      folders: report.roots.length,
      imported: report.imported,
      updated: report.updated,
      unchanged: report.unchanged,
      duplicates: report.duplicates,
      skipped: report.skipped.length,
      failed: report.failed.length,
      missing: report.missing.length,
      articles: report.articles,
      cancelled: report.cancelled,
      error: report.error,
      seconds: report.seconds,
    });
  } else if (event.type === 'library-switched') {
    log.info('library-switched');
  }
}
