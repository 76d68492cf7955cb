// Durable replacement of a file: write a temp file, fsync it, rename it over the
// current one, fsync the folder. A crash at any moment leaves either the old or
// the new file in place, whole. Which copy becomes `.prev` is the caller's
// decision (see database-file.ts): only one it read and found good.
import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Node refuses single writes over 2 GiB; large databases are written in chunks. */
const CHUNK = 1 << 30;

export function previousCopy(path: string): string {
  return `${path}.prev`;
}

export function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes data to `${path}.tmp` and fsyncs it; returns the temp file's path, ready to be renamed. */
export function writeTempFile(path: string, data: Uint8Array): string {
  const temp = `${path}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    for (let at = 0; at < data.length; at += CHUNK) {
      const end = Math.min(at + CHUNK, data.length);
      let written = at;
      while (written < end) written += writeSync(fd, data, written, end - written);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temp;
}

export function writeFileAtomic(path: string, data: Uint8Array): void {
  renameSync(writeTempFile(path, data), path);
  fsyncDir(dirname(path));
}

/**
 * Like writeFileAtomic, and the current file becomes `.prev` — but only when the caller
 * read it and found it good (keepCurrent): a damaged file never replaces a good copy.
 */
export function replaceKeepingGoodCopy(path: string, data: Uint8Array, keepCurrent: boolean): void {
  const temp = writeTempFile(path, data);
  if (keepCurrent && existsSync(path)) {
    rmSync(previousCopy(path), { force: true });
    linkSync(path, previousCopy(path));
  }
  renameSync(temp, path);
  fsyncDir(dirname(path));
}
