// Moving a library folder without ever losing it: copy every file, verify each copy by
// its digest, and only then may the caller switch to the copy and remove the original.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, lstat, mkdir, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { LibraryMoveProgress } from '../../shared/desktop';
import { FolioError } from '../folio-error';

export type MoveProgress = (progress: LibraryMoveProgress) => void;

interface LibraryFile {
  /** Relative to the library folder. */
  path: string;
  size: number;
}

/** The lock belongs to the process holding the library open, not to the library. */
const NOT_COPIED = new Set(['folio.lock']);

async function listFiles(root: string, dir = root): Promise<LibraryFile[]> {
  const files: LibraryFile[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(root, path)));
    else if (entry.isFile() && !NOT_COPIED.has(relative(root, path)))
      files.push({ path: relative(root, path), size: (await lstat(path)).size });
  }
  return files;
}

function digest(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** Copies the library's files from `from` into `to` (which must not hold anything yet), then verifies every copy. */
export async function copyAndVerify(from: string, to: string, onProgress: MoveProgress): Promise<void> {
  const files = await listFiles(from);
  const totalBytes = files.reduce((sum, file) => sum + file.size, 0);
  let doneBytes = 0;
  onProgress({ phase: 'copying', doneBytes, totalBytes });
  for (const file of files) {
    await mkdir(join(to, file.path, '..'), { recursive: true });
    await copyFile(join(from, file.path), join(to, file.path));
    doneBytes += file.size;
    onProgress({ phase: 'copying', doneBytes, totalBytes });
  }
  doneBytes = 0;
  for (const file of files) {
    const [original, copy] = await Promise.all([digest(join(from, file.path)), digest(join(to, file.path))]);
    if (original !== copy) throw new FolioError('io', `The copy of ${file.path} differs from the original; the library was not moved.`);
    doneBytes += file.size;
    onProgress({ phase: 'verifying', doneBytes, totalBytes });
  }
}
