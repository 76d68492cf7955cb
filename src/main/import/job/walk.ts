// Finds the article files under an imported folder, in a stable order (sorted
// names, depth first), and says why everything else was left out. A skipped
// folder is reported once, not file by file; images are article assets and are
// not reported at all.
import { statSync } from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { looksBinary } from '../parse/decode';
import { classifyFileName, isHidden, isInfrastructureFolder, isNamedIndexPage } from '../parse/file-kinds';
import type { FailReason, SkipReason } from '../parse/parsed-article';

export type WalkEntry =
  | { kind: 'file'; path: string; size: number; mtimeMs: number }
  | { kind: 'skip'; path: string; reason: SkipReason }
  | { kind: 'fail'; path: string; reason: FailReason; detail?: string };

/** Files looked at between two turns of the event loop (the walk runs on the app's main thread). */
const YIELD_EVERY = 256;

/** Enough of a file without an extension to tell text from binary. */
const SNIFF_BYTES = 8192;

function byName(a: Dirent, b: Dirent): number {
  if (a.name === b.name) return 0;
  return a.name < b.name ? -1 : 1;
}

function failure(target: string, error: unknown, viaLink = false): WalkEntry {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ELOOP') return { kind: 'fail', path: target, reason: 'symbolic link loop' };
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    // A link whose target is missing never had anything to import; say so rather than "vanished".
    return viaLink
      ? { kind: 'fail', path: target, reason: 'vanished during import', detail: 'broken symbolic link' }
      : { kind: 'fail', path: target, reason: 'vanished during import' };
  }
  if (code === 'EACCES' || code === 'EPERM') return { kind: 'fail', path: target, reason: 'unreadable (permission denied)' };
  // Anything else that stops the read (EIO…): closest reason, with the system's words as detail.
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'fail', path: target, reason: 'unreadable (permission denied)', detail };
}

async function sniffIsBinary(file: string): Promise<boolean> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return looksBinary(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

async function fileEntry(file: string, stats: Stats | null): Promise<WalkEntry | null> {
  const name = path.basename(file);
  if (isHidden(name)) return { kind: 'skip', path: file, reason: 'hidden file' };
  const kind = classifyFileName(name);
  if (kind === 'image') return null;
  if (kind === 'other') return { kind: 'skip', path: file, reason: 'not an article file type' };
  if (isNamedIndexPage(name)) return { kind: 'skip', path: file, reason: 'index or list page (only links)' };
  try {
    // Readability is not checked here: a file that cannot be read is reported when the import reads it.
    // A plain stat call: an archive folder holds thousands of files, and promise-based stats cost
    // several times more; folder() gives the event loop a turn between batches.
    const info = stats ?? statSync(file);
    if (kind === 'unknown' && (await sniffIsBinary(file))) return { kind: 'skip', path: file, reason: 'binary file' };
    return { kind: 'file', path: file, size: info.size, mtimeMs: info.mtimeMs };
  } catch (error) {
    return failure(file, error);
  }
}

class Walker {
  /** Real paths of the folders entered so far: meeting one again means a symbolic link leads back. */
  private readonly visited = new Set<string>();

  async *root(root: string): AsyncGenerator<WalkEntry> {
    const start = path.resolve(root);
    let stats: Stats;
    try {
      stats = await fs.stat(start);
    } catch (error) {
      yield failure(start, error);
      return;
    }
    if (!stats.isDirectory()) {
      const entry = await fileEntry(start, stats);
      if (entry) yield entry;
      return;
    }
    yield* this.folder(start);
  }

  private async *folder(folder: string): AsyncGenerator<WalkEntry> {
    let entries: Dirent[];
    try {
      const real = await fs.realpath(folder);
      if (this.visited.has(real)) {
        yield { kind: 'fail', path: folder, reason: 'symbolic link loop' };
        return;
      }
      this.visited.add(real);
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
      yield failure(folder, error);
      return;
    }
    entries.sort(byName);
    for (const [i, entry] of entries.entries()) {
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
      yield* this.entry(path.join(folder, entry.name), entry);
    }
  }

  private async *entry(target: string, entry: Dirent): AsyncGenerator<WalkEntry> {
    let stats: Stats | null = null;
    if (entry.isSymbolicLink()) {
      try {
        stats = await fs.stat(target);
      } catch (error) {
        yield failure(target, error, true);
        return;
      }
    }
    const isFolder = stats ? stats.isDirectory() : entry.isDirectory();
    const isFile = stats ? stats.isFile() : entry.isFile();
    if (isFolder) {
      if (isInfrastructureFolder(entry.name)) yield { kind: 'skip', path: target, reason: 'site infrastructure' };
      else yield* this.folder(target);
      return;
    }
    if (!isFile) {
      // Sockets, pipes, devices: nothing to read.
      yield { kind: 'skip', path: target, reason: 'not an article file type' };
      return;
    }
    const result = await fileEntry(target, stats);
    if (result) yield result;
  }
}

/** Every article candidate under root, and a skip/fail entry for everything reported instead. */
export async function* walkImportRoot(root: string): AsyncGenerator<WalkEntry> {
  yield* new Walker().root(root);
}
