// Image files in the library's images/ folder, named by content. A download is
// written to images/.partial/, flushed, then renamed into place — and only after
// that is its row committed to library.db. A crash at any moment therefore leaves
// either no file, or a whole file the database may not know yet (stored again, at
// no cost, by the next run): never a half image that an article refers to.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { imageRelativePath } from './image-file';

const PARTIAL_DIR = '.partial';

export function imageFilePath(imagesDir: string, id: string): string {
  return join(imagesDir, imageRelativePath(id));
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function flushFolder(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Stores bytes under their id unless a file of that id (the same content) is already there. */
export async function writeImageFile(imagesDir: string, id: string, bytes: Uint8Array): Promise<void> {
  const target = imageFilePath(imagesDir, id);
  if (await exists(target)) return;
  const partial = join(imagesDir, PARTIAL_DIR, `${id}.${randomBytes(6).toString('hex')}`);
  await mkdir(dirname(partial), { recursive: true });
  await mkdir(dirname(target), { recursive: true });
  const handle = await open(partial, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(partial, target);
  // The rename itself is durable only once the folder is.
  await flushFolder(dirname(target));
}

/** Downloads a crash interrupted: never renamed into place, so nothing refers to them. */
export async function removePartialFiles(imagesDir: string): Promise<void> {
  await rm(join(imagesDir, PARTIAL_DIR), { recursive: true, force: true });
}

/** Deletes image files, once the commit that stopped referring to them is durable. */
export async function removeImageFiles(imagesDir: string, ids: readonly string[]): Promise<void> {
  for (const id of ids) await rm(imageFilePath(imagesDir, id), { force: true });
}
