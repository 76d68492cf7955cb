// One writer per library: a lock file created exclusively, naming its owner —
// pid, host, the process's start time (so a pid reused by another process is not
// mistaken for the owner) and a nonce naming this lock and no other.
//
// A lock whose owner is gone (a crash) is taken over, atomically: a taker first
// creates `folio.lock.takeover-<nonce>-<k>` exclusively — for one stale lock only
// one taker can — then removes the lock only if it still names that nonce, and
// creates its own. Two takers can therefore never both remove a lock and both
// hold one. A taker that dies half-way leaves a takeover file naming a dead
// process; the next taker steps past it to k+1. Lock and takeover files are
// written whole before they appear (a temp file, then a hard link), so a reader
// never sees one half-written.
import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { FolioError } from '../folio-error';

const LOCK_FILE = 'folio.lock';
const TAKEOVER = `${LOCK_FILE}.takeover-`;
const TEMP = `${LOCK_FILE}.tmp-`;
/** Attempts before giving up when other processes keep the lock in motion (10 ms apart). */
const ATTEMPTS = 200;

interface LockOwner {
  pid: number;
  host: string;
  /** The process's start time as the OS gives it; null where it cannot be read. */
  started: string | null;
  nonce: string;
}

/** Linux: field 22 of /proc/<pid>/stat, the start time in clock ticks since boot. Null elsewhere. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(owner: LockOwner): boolean {
  // Another machine's process cannot be checked from here: its lock stands.
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = processStart(owner.pid);
  return owner.started === null || started === null || started === owner.started;
}

/** The owner a lock or takeover file names; null when it is gone. Unreadable content names a dead owner. */
function readOwner(path: string): LockOwner | null {
  let text: string;
  let inode: number;
  try {
    inode = statSync(path).ino;
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      // A lock written by an earlier Folio has no nonce: its file's identity stands in for one.
      const nonce = typeof parsed.nonce === 'string' ? parsed.nonce : `file-${inode}`;
      return { pid: parsed.pid, host: parsed.host, started: typeof parsed.started === 'string' ? parsed.started : null, nonce };
    }
  } catch {
    // damaged: treated as left by a dead process
  }
  return { pid: -1, host: hostname(), started: null, nonce: `file-${inode}` };
}

/** Creates path holding owner, whole, only if it does not exist yet. */
function createExclusive(dir: string, path: string, owner: LockOwner): boolean {
  const temp = join(dir, `${TEMP}${owner.nonce}`);
  writeFileSync(temp, JSON.stringify({ ...owner, since: new Date().toISOString() }));
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

const pause = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

export class LibraryLock {
  private released = false;
  private readonly onExit = (): void => this.release();

  private constructor(
    private readonly path: string,
    private readonly nonce: string,
  ) {
    process.once('exit', this.onExit);
  }

  static acquire(dir: string): LibraryLock {
    const path = join(dir, LOCK_FILE);
    const me: LockOwner = { pid: process.pid, host: hostname(), started: processStart(process.pid), nonce: randomUUID() };
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (createExclusive(dir, path, me)) {
        LibraryLock.removeLeftovers(dir);
        return new LibraryLock(path, me.nonce);
      }
      const owner = readOwner(path);
      if (!owner) continue; // released meanwhile
      if (isAlive(owner)) {
        throw new FolioError(
          'library-locked',
          `The library at ${dir} is in use by another Folio process ` +
            `(pid ${owner.pid}${owner.host === hostname() ? '' : ` on ${owner.host}`}). Close it and try again.`,
        );
      }
      if (!LibraryLock.takeOver(dir, path, owner.nonce, me)) pause(10);
    }
    throw new FolioError('library-locked', `Could not lock the library at ${dir}: other processes keep taking it. Try again.`);
  }

  /**
   * Removes the stale lock named nonce, if this process wins the right to: returns false
   * when a live process is taking it over (the caller waits and looks again).
   */
  private static takeOver(dir: string, path: string, nonce: string, me: LockOwner): boolean {
    for (let k = 0; ; k++) {
      const claim = join(dir, `${TAKEOVER}${nonce}-${k}`);
      if (createExclusive(dir, claim, me)) {
        try {
          // Only the winner for this nonce gets here, and the lock is removed only if it is still that stale one.
          if (readOwner(path)?.nonce === nonce) rmSync(path, { force: true });
        } finally {
          rmSync(claim, { force: true });
        }
        return true;
      }
      const taker = readOwner(claim);
      if (taker && isAlive(taker)) return false;
      // The taker that made this claim died (or it is gone already): try the next.
    }
  }

  /** Takeover and temp files of processes that died mid-way. */
  private static removeLeftovers(dir: string): void {
    for (const name of readdirSync(dir)) {
      if (!name.startsWith(TAKEOVER) && !name.startsWith(TEMP)) continue;
      const owner = readOwner(join(dir, name));
      if (owner && !isAlive(owner)) rmSync(join(dir, name), { force: true });
    }
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    process.off('exit', this.onExit);
    if (readOwner(this.path)?.nonce === this.nonce) rmSync(this.path, { force: true });
  }
}
