// Durable replacement of a file: write a temp file, fsync it, keep the current
// file as the previous good copy (a hard link, so no bytes are copied), rename the
// temp file over the current one, fsync the folder. A crash at any moment leaves
// either the old or the new file in place, and `.prev` holds the one before.
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

export function writeFileAtomic(path: string, data: Uint8Array): void {
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
  if (existsSync(path)) {
    rmSync(previousCopy(path), { force: true });
    linkSync(path, previousCopy(path));
  }
  renameSync(temp, path);
  fsyncDir(dirname(path));
}
