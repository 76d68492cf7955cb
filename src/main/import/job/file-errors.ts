// What a failed file-system call means to the reader of an import report. The walk
// and the worker's read both ask this, so one cause is always told the same way.
import type { FailReason, SkipReason } from '../parse/parsed-article';

export type FileProblem = { kind: 'fail'; reason: FailReason; detail?: string } | { kind: 'skip'; reason: SkipReason };

function systemWords(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function fileProblem(error: unknown): FileProblem {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { kind: 'fail', reason: 'vanished during import' };
    case 'ELOOP':
      return { kind: 'fail', reason: 'symbolic link loop' };
    case 'EACCES':
    case 'EPERM':
      return { kind: 'fail', reason: 'unreadable (permission denied)' };
    case 'ERR_FS_FILE_TOO_LARGE':
      return { kind: 'skip', reason: 'too large' };
    default:
      // EIO, ESTALE, EISDIR…: a disk or network-drive fault, not a permission; the system's words say which.
      return { kind: 'fail', reason: 'could not be read', detail: systemWords(error) };
  }
}
