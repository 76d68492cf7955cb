import { isAbsolute, relative, sep } from 'node:path';

/** True when `file` lies strictly inside `folder` (both absolute; no `..` escape). */
export function isInsideFolder(folder: string, file: string): boolean {
  const rel = relative(folder, file);
  const escapes = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return rel !== '' && !escapes;
}
