// One writer per library: a lock file created exclusively, holding the owner's
// pid. A lock left by a process that no longer exists (a crash) is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { FolioError } from '../folio-error';

const LOCK_FILE = 'folio.lock';

interface LockOwner {
  pid: number;
  host: string;
}

function readOwner(path: string): LockOwner | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (parsed && typeof parsed === 'object' && 'pid' in parsed && 'host' in parsed) {
      const { pid, host } = parsed as { pid: unknown; host: unknown };
      if (typeof pid === 'number' && typeof host === 'string') return { pid, host };
    }
  } catch {
    // unreadable or half-written: treated as stale below
  }
  return null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class LibraryLock {
  private released = false;
  private readonly onExit = (): void => this.release();

  private constructor(private readonly path: string) {
    process.once('exit', this.onExit);
  }

  static acquire(dir: string): LibraryLock {
    const path = join(dir, LOCK_FILE);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(path, 'wx');
        writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
        closeSync(fd);
        return new LibraryLock(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const owner = readOwner(path);
        if (owner && (owner.host !== hostname() || isAlive(owner.pid))) {
          throw new FolioError(
            'library-locked',
            `The library at ${dir} is in use by another Folio process (pid ${owner.pid}${owner.host === hostname() ? '' : ` on ${owner.host}`}). Close it and try again.`,
          );
        }
        rmSync(path, { force: true });
      }
    }
    throw new FolioError('library-locked', `Could not lock the library at ${dir}.`);
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    process.off('exit', this.onExit);
    rmSync(this.path, { force: true });
  }
}
