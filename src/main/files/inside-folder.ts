// Whether a path lies inside a folder. Imports must stay inside the folder the user
// chose, and the image protocol inside the library's images: a `..` or a symbolic link
// must never lead out, so the question is answered on real paths (links resolved).
// The walker, image copying at import and the image protocol all ask this one function.
import { realpathSync } from 'node:fs';
import type { PathLike } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';

/** Lexical containment of two absolute paths: `path` is `folder` or below it (no `..` step leads out). */
export function isWithinPath(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * The real path (every link resolved), or null when the path does not lead to anything. Read as
 * bytes and spelt latin1, one character per byte, so a name that is not valid UTF-8 compares exactly.
 */
function realPathOf(path: PathLike): string | null {
  try {
    return realpathSync(path, { encoding: 'buffer' }).toString('latin1');
  } catch {
    return null;
  }
}

/**
 * True when `target` (after following every symbolic link) is `folder` (after the same) or
 * lies below it. Anything that does not exist is not inside: callers that need to tell
 * "missing" from "outside" check existence first.
 */
export function isInsideFolder(folder: PathLike, target: PathLike): boolean {
  const realFolder = realPathOf(folder);
  const realTarget = realFolder === null ? null : realPathOf(target);
  return realFolder !== null && realTarget !== null && isWithinPath(realFolder, realTarget);
}
