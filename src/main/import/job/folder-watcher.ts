// Keeps imported folders current while the app runs. Archive repositories grow by
// `git pull`: hundreds of files change within a second or two, and that must become
// one incremental re-import, not hundreds. Changes are collected per folder and
// handed on once the folder has been quiet for a moment (or, under a steady stream
// of changes, after a longer wait at most). Links are not followed and the git
// folder and other hidden folders are not watched: the import never reads them.
import path from 'node:path';
import { watch } from 'chokidar';
import type { FSWatcher } from 'chokidar';
import { isWithinPath } from '../../files/inside-folder';
import { isInfrastructureFolder } from '../parse/file-kinds';

export interface WatchTiming {
  /** Hand changes on once nothing has changed for this long. */
  quietMs: number;
  /** …or after this long since the first of them, if changes keep coming. */
  maxWaitMs: number;
}

export const DEFAULT_WATCH_TIMING: WatchTiming = { quietMs: 1500, maxWaitMs: 15_000 };

export class FolderWatcher {
  private watcher: FSWatcher | null = null;
  private roots: string[] = [];
  private readonly changed = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private firstChange: number | null = null;

  constructor(
    private readonly onChanges: (roots: string[]) => void,
    private readonly timing: WatchTiming = DEFAULT_WATCH_TIMING,
  ) {}

  /** Changes of the watched set, one after another: a second call waits for the first to be in place. */
  private queue: Promise<void> = Promise.resolve();

  /** Watches exactly these folders (the previous set is replaced); resolves once changes in them are seen. */
  watch(roots: readonly string[]): Promise<void> {
    const next = this.queue.then(() => this.apply(roots));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async apply(roots: readonly string[]): Promise<void> {
    const wanted = [...new Set(roots.map((root) => path.resolve(root)))].sort();
    if (this.watcher && wanted.join('\n') === this.roots.join('\n')) return;
    await this.stop();
    this.roots = wanted;
    if (wanted.length === 0) return;
    const watcher = watch(wanted, {
      ignoreInitial: true,
      followSymlinks: false,
      // Below a root, skip what the import skips anyway: .git (a pull rewrites much of it), node_modules, _site…
      ignored: (file) => !wanted.includes(file) && isInfrastructureFolder(path.basename(file)),
    });
    const note = (file: string): void => this.note(file);
    watcher.on('add', note).on('change', note).on('unlink', note).on('addDir', note).on('unlinkDir', note);
    // A folder that cannot be watched (gone, unreadable) is simply not kept current; Refresh still works.
    watcher.on('error', () => undefined);
    this.watcher = watcher;
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  }

  private note(file: string): void {
    const root = this.roots.find((r) => isWithinPath(r, file));
    if (!root) return;
    this.changed.add(root);
    const now = Date.now();
    this.firstChange ??= now;
    if (this.timer) clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.timing.quietMs, this.firstChange + this.timing.maxWaitMs - now));
    this.timer = setTimeout(() => this.handOn(), wait);
  }

  private handOn(): void {
    this.timer = null;
    this.firstChange = null;
    const roots = [...this.changed];
    this.changed.clear();
    if (roots.length > 0) this.onChanges(roots);
  }

  async close(): Promise<void> {
    const closing = this.queue.then(() => this.stop());
    this.queue = closing.catch(() => undefined);
    await closing;
  }

  private async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.firstChange = null;
    this.changed.clear();
    const watcher = this.watcher;
    this.watcher = null;
    this.roots = [];
    await watcher?.close();
  }
}
