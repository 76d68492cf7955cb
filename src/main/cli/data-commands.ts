// `folio check` and `folio repair`, and how damage found on opening is reported
// on the command line (stderr, and a non-zero exit: data was lost).
import { resolve } from 'node:path';
import type { LibraryCheck, LibraryNotice, RepairReport } from '../../shared/model';
import { FolioError } from '../folio-error';
import { checkUnopenable } from '../library/check';

/** Every fallback or damage the library found when it opened, one warning each. */
export function warnAboutDamage(notices: readonly LibraryNotice[], warn: (text: string) => void): void {
  for (const notice of notices) warn(notice.message);
}

/** The check of an open library, or — when library.db cannot be opened at all — of its databases. */
export async function checkCommand(dir: string, open: () => Promise<LibraryCheck>): Promise<LibraryCheck> {
  try {
    return await open();
  } catch (error) {
    if (error instanceof FolioError && error.code === 'library-unreadable') return checkUnopenable(resolve(dir));
    throw error;
  }
}

export function describeCheck(check: LibraryCheck): string {
  if (check.ok) return 'No damage found: the databases, their previous copies, the packs and the index all verify.';
  return check.problems.map((p) => `${p.kind.padEnd(9)} ${p.file}: ${p.detail}`).join('\n');
}

/** Throws (exit 1) when check found damage; its report is printed first. */
export function failUnlessOk(check: LibraryCheck, dir: string): void {
  if (check.ok) return;
  const n = check.problems.length;
  throw new FolioError(
    'library-unreadable',
    `the library at ${dir} has ${n} damaged file${n === 1 ? '' : 's'}. Run folio repair --library ${dir}.`,
  );
}

export function describeRepair(r: RepairReport): string {
  const lines = [
    `Repaired: ${r.articles} articles in the library, ${r.recovered} read again from their files` +
      `${r.indexRebuilt ? ', the index rebuilt' : ''}.`,
  ];
  for (const l of r.lost) lines.push(`lost     [${l.id}] ${l.title}: ${l.reason}`);
  return lines.join('\n');
}
