// Finds the article files under an imported folder, in a stable order (sorted
// names, depth first), and says why everything else was left out. A skipped
// folder is reported once, not file by file; images are article assets and are
// not reported at all. Nothing outside the folder is ever listed: a symbolic link
// is followed only when its real target is inside the imported folder, and a
// folder reached twice (a link back up) is a loop.
import { statSync } from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { isInsideFolder } from '../../files/inside-folder';
import { looksBinary } from '../parse/decode';
import { MAX_ARTICLE_BYTES, classifyFileName, isHidden, isInfrastructureFolder, isNamedIndexPage } from '../parse/file-kinds';
import type { FailReason, SkipReason } from '../parse/parsed-article';
import { fileProblem } from './file-errors';
import { childPath, rawNames } from './raw-names';
import type { FsPath } from './raw-names';

export type WalkEntry =
  /** rawPath: the bytes to open when the name is not valid UTF-8 (path then spells the bad bytes as %XX). */
  | { kind: 'file'; path: string; rawPath?: Buffer; size: number; mtimeMs: number }
  | { kind: 'skip'; path: string; reason: SkipReason }
  | { kind: 'fail'; path: string; reason: FailReason; detail?: string };

/** Files looked at between two turns of the event loop (the walk runs on the app's main thread). */
const YIELD_EVERY = 256;

/** Enough of a file without an extension to tell text from binary. */
const SNIFF_BYTES = 8192;

/** A place in the walk: the path shown and stored, and the one the file system is asked about. */
interface Place {
  path: string;
  io: FsPath;
}

function failure(target: string, error: unknown, viaLink = false): WalkEntry {
  const problem = fileProblem(error);
  // A link whose target is missing never had anything to import; say so rather than just "vanished".
  if (viaLink && problem.reason === 'vanished during import') {
    return { kind: 'fail', path: target, reason: problem.reason, detail: 'broken symbolic link' };
  }
  return { ...problem, path: target };
}

async function sniffIsBinary(file: FsPath): Promise<boolean> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return looksBinary(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

async function fileEntry(file: Place, name: string, stats: Stats | null): Promise<WalkEntry | null> {
  if (isHidden(name)) return { kind: 'skip', path: file.path, reason: 'hidden file' };
  const kind = classifyFileName(name);
  if (kind === 'image') return null;
  if (kind === 'other') return { kind: 'skip', path: file.path, reason: 'not an article file type' };
  if (isNamedIndexPage(name)) return { kind: 'skip', path: file.path, reason: 'site page' };
  try {
    // Readability is not checked here: a file that cannot be read is reported when the import reads it.
    // A plain stat call: an archive folder holds thousands of files, and promise-based stats cost
    // several times more; folder() gives the event loop a turn between batches.
    const info = stats ?? statSync(file.io);
    if (info.size > MAX_ARTICLE_BYTES) return { kind: 'skip', path: file.path, reason: 'too large' };
    if (kind === 'unknown' && (await sniffIsBinary(file.io))) return { kind: 'skip', path: file.path, reason: 'binary file' };
    const raw = typeof file.io === 'string' ? {} : { rawPath: file.io };
    return { kind: 'file', path: file.path, ...raw, size: info.size, mtimeMs: info.mtimeMs };
  } catch (error) {
    return failure(file.path, error);
  }
}

class Walker {
  /** Real paths (as latin1 keys, exact for any bytes) of the folders entered so far: meeting one again is a loop. */
  private readonly visited = new Set<string>();

  constructor(private readonly root: string) {}

  async *start(): AsyncGenerator<WalkEntry> {
    const start = { path: this.root, io: this.root };
    let stats: Stats;
    try {
      stats = await fs.stat(start.io);
    } catch (error) {
      yield failure(start.path, error);
      return;
    }
    if (!stats.isDirectory()) {
      const entry = await fileEntry(start, path.basename(start.path), stats);
      if (entry) yield entry;
      return;
    }
    yield* this.folder(start);
  }

  private async *folder(folder: Place): AsyncGenerator<WalkEntry> {
    let entries: { dirent: Dirent; raw: Buffer | null }[];
    try {
      const real = (await fs.realpath(folder.io, { encoding: 'buffer' })).toString('latin1');
      if (this.visited.has(real)) {
        yield { kind: 'fail', path: folder.path, reason: 'symbolic link loop' };
        return;
      }
      this.visited.add(real);
      entries = await rawNames(folder.io);
    } catch (error) {
      yield failure(folder.path, error);
      return;
    }
    for (const [i, { dirent, raw }] of entries.entries()) {
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
      yield* this.entry(childPath(folder, dirent.name, raw), dirent);
    }
  }

  private async *entry(target: Place, entry: Dirent): AsyncGenerator<WalkEntry> {
    let stats: Stats | null = null;
    if (entry.isSymbolicLink()) {
      try {
        stats = await fs.stat(target.io);
      } catch (error) {
        yield failure(target.path, error, true);
        return;
      }
      // A link to ~/.ssh or /etc must never bring its files into the library.
      if (!isInsideFolder(this.root, target.io)) {
        yield { kind: 'skip', path: target.path, reason: 'link leads outside the folder' };
        return;
      }
    }
    const isFolder = stats ? stats.isDirectory() : entry.isDirectory();
    const isFile = stats ? stats.isFile() : entry.isFile();
    if (isFolder) {
      if (isInfrastructureFolder(entry.name)) yield { kind: 'skip', path: target.path, reason: 'site infrastructure' };
      else yield* this.folder(target);
      return;
    }
    if (!isFile) {
      // Sockets, pipes, devices: nothing to read.
      yield { kind: 'skip', path: target.path, reason: 'not an article file type' };
      return;
    }
    const result = await fileEntry(target, entry.name, stats);
    if (result) yield result;
  }
}

/** Every article candidate under root, and a skip/fail entry for everything reported instead. */
export async function* walkImportRoot(root: string): AsyncGenerator<WalkEntry> {
  yield* new Walker(path.resolve(root)).start();
}
