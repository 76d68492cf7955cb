// What the library recorded of the files an import looks at, read a folder at a time: the walk
// lists a folder's files together, and one query per folder instead of one per file took a
// re-import of 20,000 unchanged files from ~100 ms of lookups to a few.
import path from 'node:path';
import type { FileRow } from '../../library/records';

export interface FolderFiles {
  filesIn(dir: string): Map<string, FileRow>;
}

export class KnownFiles {
  private dir: string | null = null;
  private rows = new Map<string, FileRow>();

  constructor(private readonly db: FolderFiles) {}

  /** The record of the file at path as it stood when its folder was first asked for (each path is asked for once). */
  of(file: string): FileRow | null {
    const dir = path.dirname(file);
    if (dir !== this.dir) {
      this.dir = dir;
      this.rows = this.db.filesIn(dir);
    }
    return this.rows.get(path.basename(file)) ?? null;
  }
}
