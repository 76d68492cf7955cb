// The folders a library was imported from, kept current: listed for the app, refreshed on
// request (one folder or all), and, while the app runs and the setting allows, watched so
// that what changes in them is imported again — one incremental job per burst of changes,
// queued behind any import (or image download) already running.
import { statSync } from 'node:fs';
import type { FolderSummary } from '../../../shared/model';
import type { Library } from '../../library/library';
import { FolderWatcher } from './folder-watcher';
import type { WatchTiming } from './folder-watcher';

/** Where watched folders' imports start (the service, which also keeps them apart from image downloads). */
export interface WatchImports {
  /** An import, or a job an import must not run beside, is running: changed folders wait for its end. */
  busy(): boolean;
  start(paths: string[]): void;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export class KeptFolders {
  private readonly watcher: FolderWatcher | null;
  /** Folders that changed while a job was running: imported as soon as it ends. */
  private readonly pending = new Set<string>();

  /** watchTiming null: this host does not watch (the CLI, read-only opens). */
  constructor(
    private readonly library: Library,
    private readonly imports: WatchImports,
    watchTiming: WatchTiming | null,
  ) {
    this.watcher = watchTiming ? new FolderWatcher((roots) => this.changed(roots), watchTiming) : null;
  }

  list(): FolderSummary[] {
    return this.library.importRoots().map((root) => ({
      id: root.id,
      path: root.path,
      importedAt: root.importedAt === null ? null : new Date(root.importedAt).toISOString(),
      present: isFolder(root.path),
    }));
  }

  /** The known folders that are still there (those ids, or all): what a refresh imports again. */
  present(ids?: readonly number[]): string[] {
    return this.list()
      .filter((folder) => folder.present && (ids === undefined || ids.includes(folder.id)))
      .map((folder) => folder.path);
  }

  /** Watches every known folder that is there when enabled, none otherwise. Called after each import and settings change. */
  async sync(enabled: boolean): Promise<void> {
    await this.watcher?.watch(enabled ? this.present() : []);
  }

  private changed(roots: string[]): void {
    for (const root of roots) this.pending.add(root);
    this.startPending();
  }

  /** Starts the import of the folders that changed, unless a job is running (then its end calls this again). */
  startPending(): void {
    if (this.pending.size === 0 || this.imports.busy()) return;
    const roots = [...this.pending].filter(isFolder);
    this.pending.clear();
    if (roots.length > 0) this.imports.start(roots);
  }

  async close(): Promise<void> {
    this.pending.clear();
    await this.watcher?.close();
  }
}
