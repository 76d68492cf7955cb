// Image files in the library's images/ folder, named by content. A download is
// written to images/.partial/, flushed, then renamed into place; the folders it was
// renamed into are flushed before the next commit of library.db (once per commit,
// not once per image: on a slow disk that halves the cost of a download). A crash
// at any moment therefore leaves either no file, or a whole file the database may
// not know yet (stored again, at no cost, by the next run): never a half image that
// an article refers to.
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

/** Writes downloaded images; flush() makes every one written so far durable, names included. */
export class ImageFiles {
  private readonly renamedInto = new Set<string>();
  /** Folders known to exist (a download would otherwise ask for its two folders every time). */
  private readonly made = new Set<string>();

  constructor(private readonly imagesDir: string) {}

  /** Stores bytes under their id unless a file of that id (the same content) is already there. */
  async write(id: string, bytes: Uint8Array): Promise<void> {
    const target = imageFilePath(this.imagesDir, id);
    if (await exists(target)) return;
    const partial = join(this.imagesDir, PARTIAL_DIR, `${id}.${randomBytes(6).toString('hex')}`);
    await this.folder(dirname(partial));
    await this.folder(dirname(target));
    const handle = await open(partial, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, target);
    this.renamedInto.add(dirname(target));
  }

  private async folder(path: string): Promise<void> {
    if (this.made.has(path)) return;
    await mkdir(path, { recursive: true });
    this.made.add(path);
  }

  /** A rename is durable only once its folder is: called before library.db commits rows naming these files. */
  async flush(): Promise<void> {
    const folders = [...this.renamedInto];
    this.renamedInto.clear();
    for (const folder of folders) await flushFolder(folder);
  }
}

/** Downloads a crash interrupted: never renamed into place, so nothing refers to them. */
export async function removePartialFiles(imagesDir: string): Promise<void> {
  await rm(join(imagesDir, PARTIAL_DIR), { recursive: true, force: true });
}

/** Deletes image files, once the commit that stopped referring to them is durable. */
export async function removeImageFiles(imagesDir: string, ids: readonly string[]): Promise<void> {
  for (const id of ids) await rm(imageFilePath(imagesDir, id), { force: true });
}
