// The library service: everything the app and the CLI can ask of a library.
// Plain Node (no Electron), so tests, the CLI and the e2e bridge run it as is.
import { join } from 'node:path';
import type { FolioEvent, Responses } from '../shared/contract';
import { LIMITS } from '../shared/limits';
import type { ImageJobReport, ImportReport, ImportTrigger, LibraryNotice } from '../shared/model';
import { FolioError } from './folio-error';
import type { ServiceApi, ValidRequest } from './handlers';
import type { CheckpointPolicy } from './import/job/import-job';
import { ImportRunner } from './import/job/import-runner';
import { DEFAULT_WATCH_TIMING } from './import/job/folder-watcher';
import type { WatchTiming } from './import/job/folder-watcher';
import { startImportWorkers } from './import/job/import-workers';
import { KeptFolders } from './import/job/kept-folders';
import type { WorkerOptions } from './import/job/import-workers';
import type { LocalHosts } from './images/address-policy';
import type { FetcherFactory } from './images/fetcher';
import { IMAGE_ID_PATTERN, imageRelativePath } from './images/image-file';
import type { JobScope } from './images/image-job';
import { ImageRunner } from './images/image-runner';
import { removeImageFiles } from './images/image-store';
import { DEFAULT_IMAGE_TUNING } from './images/image-tuning';
import type { ImageTuning } from './images/image-tuning';
import { createNodeFetcher } from './images/node-fetcher';
import { checkLibrary } from './library/check';
import { Library } from './library/library';
import { readSession, writeSession } from './library/session';
import { readSettings, writeSettings } from './library/settings';
import { mergeSourceInto, updateSourceChoice } from './library/source-choices';
import { articleDetail, articleText } from './queries/article-detail';
import { articleList } from './queries/article-list';
import { libraryOverview, libraryStats } from './queries/library-overview';
import { locateArticle, nextUnread } from './queries/next-unread';
import { parseView, savedSearch } from './queries/saved-searches';
import { searchArticles } from './queries/search-articles';
import { InProcessSearcher } from './search-host/in-process-searcher';
import type { Searcher } from './search-host/searcher';
import { WorkerSearcher } from './search-host/worker-searcher';
import { UndoLog } from './undo-log';

export interface ServiceOptions {
  /** The library folder (created if missing). */
  dir: string;
  /** The built import worker (out/worker/import-worker.mjs); null parses on the calling thread. */
  workerFile: string | null;
  /** How the host serves an image to the renderer (custom protocol in Electron, same-origin route in e2e). */
  imageUrl(imageId: string): string;
  /** Events for the renderer (import progress, library changes). */
  emit(event: FolioEvent): void;
  /** Read-only: no lock, no writes (CLI search/show/stats next to a running app). */
  readOnly?: boolean;
  /** When import jobs commit (defaults suit real libraries; crash tests commit often). */
  checkpoints?: CheckpointPolicy;
  /** Each file's time budget in its worker (defaults suit real libraries; tests shorten it). */
  workers?: WorkerOptions;
  /** Watch imported folders while the library is open (the app: yes; the CLI: no). Tests shorten the timing. */
  watchFolders?: boolean | WatchTiming;
  /** How images are downloaded: Electron's network stack in the app; Node's (undici) by default. */
  imageFetcher?: FetcherFactory;
  /** Whether image downloads may reach this machine or the local network (refused unless a test or --allow-local-hosts says). */
  localHosts?: LocalHosts;
  /** Timeouts, limits and back-off of image downloads (tests shorten them). */
  imageTuning?: Partial<ImageTuning>;
  /** The built search worker (out/worker/search-worker.mjs): searches run there, off this thread. Without it they run here. */
  searchWorkerFile?: string | null;
}

export class LibraryService implements ServiceApi {
  private readonly imports: ImportRunner;
  private readonly images: ImageRunner;
  private readonly searcher: Searcher;
  private readonly folders: KeptFolders;
  private readonly undoLog = new UndoLog();
  /** Removals set aside (undo token → article ids), made final when the library closes. */
  private readonly pendingRemovals = new Map<number, number[]>();
  /** Imports whose new articles' images are downloaded when they finish (job id → when it started). */
  private readonly downloadsAfter = new Map<string, number>();

  private constructor(
    readonly library: Library,
    private readonly options: ServiceOptions,
    searchWorker: WorkerSearcher | null,
  ) {
    // A worker opens the library and warms on its own thread at once, while this thread lists the first articles.
    searchWorker?.attach(
      {
        userState: () => library.catalog.userState(),
        catalog: () => library.catalog.copy(),
        noteDamage: (notices) => library.noteDamage(notices),
      },
      library.takeLoadedBytes(),
    );
    this.searcher = searchWorker ?? new InProcessSearcher(library);
    this.imports = new ImportRunner(
      library,
      () => startImportWorkers(options.workerFile, options.workers),
      (event) => this.emit(event),
      options.checkpoints,
    );
    this.images = new ImageRunner({
      library,
      emit: (event) => this.emit(event),
      fetcher: options.imageFetcher ?? createNodeFetcher,
      localHosts: options.localHosts ?? 'refuse',
      tuning: { ...DEFAULT_IMAGE_TUNING, ...options.imageTuning },
    });
    const watch = options.watchFolders === true ? DEFAULT_WATCH_TIMING : options.watchFolders || null;
    const watchImports = {
      busy: () => this.imports.busy || this.images.busy,
      start: (paths: string[]) => void this.beginImport(paths, 'watch'),
    };
    this.folders = new KeptFolders(library, watchImports, library.readOnly ? null : watch);
  }

  /** Every event goes out through here: a committed change also reaches the searcher. */
  private emit(event: FolioEvent): void {
    if (event.type === 'library-changed') this.searcher.libraryChanged();
    this.options.emit(event);
    if (event.type === 'import-finished') this.afterImport(event.report);
    // Folders that changed while images were downloading waited for the download.
    if (event.type === 'image-finished') this.folders.startPending();
  }

  /**
   * Downloads the new articles' images when the import asked for it, then imports the watched folders
   * that changed meanwhile — after the download, as imports and downloads never run at once.
   */
  private afterImport(report: ImportReport): void {
    const since = this.downloadsAfter.get(report.jobId);
    this.downloadsAfter.delete(report.jobId);
    // The articles this import added or changed are those imported since it started.
    if (since !== undefined && !report.cancelled && !report.error && report.imported + report.updated > 0) {
      this.images.start({ kind: 'imported-since', time: since });
    }
    // A finished job may have added folders to watch.
    void this.syncWatching();
    this.folders.startPending();
  }

  private async syncWatching(): Promise<void> {
    await this.folders.sync(readSettings(this.library.state).watchFolders);
  }

  static async open(options: ServiceOptions): Promise<LibraryService> {
    // Started first: its thread boots while this one opens the library, which it is then handed.
    const searchWorker = options.searchWorkerFile ? new WorkerSearcher(options.searchWorkerFile, options.dir) : null;
    let library: Library;
    try {
      library = await Library.open(options.dir, { readOnly: options.readOnly ?? false, handOver: searchWorker !== null });
    } catch (error) {
      await searchWorker?.close();
      throw error;
    }
    const service = new LibraryService(library, options, searchWorker);
    await service.syncWatching();
    return service;
  }

  async close(): Promise<void> {
    await this.folders.close();
    await this.imports.stop();
    await this.images.stop();
    await this.searcher.close();
    const removals = [...this.pendingRemovals.values()].flat();
    this.pendingRemovals.clear();
    // Set-aside articles are out of the catalog, and removal only removes what the catalog has.
    this.library.catalog.restore(removals);
    // Chunked like any request: each chunk is one commit, and a failure still closes the library.
    for (let i = 0; i < removals.length; i += LIMITS.idsPerRequest) {
      await this.removeArticles({ ids: removals.slice(i, i + LIMITS.idsPerRequest) }).catch(() => undefined);
    }
    await this.library.close();
  }

  /** True while an import job runs (the library cannot be moved or closed for a switch then). */
  get importing(): boolean {
    return this.imports.busy;
  }

  /** Settles once no import is running. */
  whenIdle(): Promise<void> {
    return this.imports.idle();
  }

  /** What the library found wrong when it opened (fallbacks, damage): the CLI prints them as warnings. */
  libraryNotices(): readonly LibraryNotice[] {
    return this.library.notices;
  }

  /** The stored file of an image id, for the shell's image protocol; null for anything unknown. */
  imageFile(imageId: string): { path: string; mime: string } | null {
    if (!IMAGE_ID_PATTERN.test(imageId)) return null;
    const image = this.library.db.image(imageId);
    return image ? { path: join(this.library.paths.images, imageRelativePath(image.id)), mime: image.mime } : null;
  }

  async getOverview(): Promise<Responses['getOverview']> {
    return libraryOverview(this.library);
  }

  async listArticles(r: ValidRequest<'listArticles'>): Promise<Responses['listArticles']> {
    const page = articleList(this.library, r);
    // The first list is on its way: now the index can be made ready for the first search (in-process: after this answer).
    this.searcher.warm();
    return page;
  }

  async getArticle(r: ValidRequest<'getArticle'>): Promise<Responses['getArticle']> {
    return articleDetail(this.library, r.id, r.highlight, this.options.imageUrl);
  }

  async openArticle(r: ValidRequest<'openArticle'>): Promise<Responses['openArticle']> {
    const article = articleDetail(this.library, r.id, r.highlight, this.options.imageUrl);
    if (r.markRead && !article.read) {
      await this.setArticleState({ ids: [r.id], read: true });
      article.read = true;
    }
    // A search whose hit was opened is worth remembering; every keystroke is not.
    if (r.highlight?.trim()) await this.recordSearch({ query: r.highlight });
    return { article, overview: await this.getOverview() };
  }

  async recordSearch(r: ValidRequest<'recordSearch'>): Promise<Responses['recordSearch']> {
    const query = r.query.trim();
    if (!query || this.library.readOnly) return { recorded: false };
    this.library.state.addHistory(query, Date.now());
    await this.library.saveState();
    return { recorded: true };
  }

  async getArticleText(r: ValidRequest<'getArticleText'>): Promise<Responses['getArticleText']> {
    return articleText(this.library, r.id, this.options.imageUrl);
  }

  async search(r: ValidRequest<'search'>): Promise<Responses['search']> {
    return this.searcher.search(r);
  }

  async getSnippets(r: ValidRequest<'getSnippets'>): Promise<Responses['getSnippets']> {
    return { snippets: await this.searcher.snippets(r.query, r.ids) };
  }

  async setArticleState(r: ValidRequest<'setArticleState'>): Promise<Responses['setArticleState']> {
    this.library.assertWritable();
    const { catalog } = this.library;
    const changes = r.ids
      .filter((id) => catalog.has(id))
      .map((id) => ({ articleId: id, read: r.read ?? catalog.isRead(id), starred: r.starred ?? catalog.isStarred(id) }))
      .filter((s) => s.read !== catalog.isRead(s.articleId) || s.starred !== catalog.isStarred(s.articleId));
    if (changes.length === 0) return { changed: 0 };
    this.library.state.putArticleStates(changes, Date.now());
    for (const s of changes) catalog.setFlags(s.articleId, s.read, s.starred);
    this.searcher.flagsChanged(changes);
    await this.library.saveState();
    return { changed: changes.length };
  }

  async removeArticles(r: ValidRequest<'removeArticles'>): Promise<Responses['removeArticles']> {
    this.library.assertWritable();
    if (this.imports.busy) throw new FolioError('import-running', 'Articles cannot be removed while an import is running.');
    this.assertNoImageJob('Articles cannot be removed');
    const removed = await this.library.removeArticles(r.ids);
    if (removed > 0) this.emit({ type: 'library-changed' });
    return { removed };
  }

  /** Paths, not tokens: the handler table turns the page's tokens into paths (see folder-grants.ts). */
  async startImport(r: { paths: string[]; downloadImages?: boolean }): Promise<Responses['startImport']> {
    return { jobId: this.beginImport(r.paths, 'user', r.downloadImages) };
  }

  /** Every import starts here (asked for, refreshed or watched); downloadImages defaults to the setting. */
  private beginImport(paths: string[], trigger: ImportTrigger, downloadImages?: boolean): string {
    this.library.assertWritable();
    this.assertNoImageJob('An import cannot start');
    const started = Date.now();
    const jobId = this.imports.start(paths, trigger);
    if (downloadImages ?? readSettings(this.library.state).downloadNewImages) this.downloadsAfter.set(jobId, started);
    return jobId;
  }

  async cancelImport(r: ValidRequest<'cancelImport'>): Promise<Responses['cancelImport']> {
    return { cancelled: this.imports.cancel(r.jobId) };
  }

  /** Starts an import and waits for its report (tests, the sample library); it never downloads images. */
  async importFolders(paths: string[]): Promise<{ jobId: string; report: ImportReport }> {
    const { jobId } = await this.startImport({ paths, downloadImages: false });
    const report = await this.imports.wait(jobId);
    // Returned once the folders are watched (when watching), so changes made from now on are seen.
    await this.syncWatching();
    return { jobId, report };
  }

  private assertNoImageJob(what: string): void {
    if (this.images.busy)
      throw new FolioError('images-running', `${what} while images are being downloaded. Wait for that to finish or cancel it.`);
  }

  async startImageJob(r: ValidRequest<'startImageJob'>): Promise<Responses['startImageJob']> {
    this.library.assertWritable();
    if (this.imports.busy)
      throw new FolioError('import-running', 'Images cannot be downloaded while an import is running. Try again when it has finished.');
    if (r.scope.kind === 'article' && !this.library.catalog.has(r.scope.id))
      throw new FolioError('not-found', `There is no article ${r.scope.id} in the library.`);
    return { jobId: this.images.start(r.scope, r.proxy ?? null) };
  }

  async cancelImageJob(r: ValidRequest<'cancelImageJob'>): Promise<Responses['cancelImageJob']> {
    return { cancelled: this.images.cancel(r.jobId) };
  }

  /** Starts an image download and waits for its report (tests; the CLI starts one through startImageJob). */
  async downloadImages(scope: JobScope): Promise<ImageJobReport> {
    this.library.assertWritable();
    if (this.imports.busy) throw new FolioError('import-running', 'Images cannot be downloaded while an import is running.');
    return this.images.wait(this.images.start(scope));
  }

  async getImageStorage(): Promise<Responses['getImageStorage']> {
    return this.library.db.images.storage();
  }

  async removeImages(r: ValidRequest<'removeImages'>): Promise<Responses['removeImages']> {
    this.library.assertWritable();
    this.assertNoImageJob('Images cannot be removed');
    this.library.db.images.forgetDownloads(r.sourceId);
    return this.cleanupImages();
  }

  /** Removes images no article refers to any more: rows first, files once that commit is durable. */
  async cleanupImages(): Promise<Responses['cleanupImages']> {
    this.library.assertWritable();
    this.assertNoImageJob('Images cannot be cleaned up');
    if (this.imports.busy) throw new FolioError('import-running', 'Images cannot be cleaned up while an import is running.');
    const dropped = this.library.db.images.dropUnreferenced();
    await this.library.checkpoint();
    // After a fallback to an older library.db, files it does not know may be newer than it: kept.
    if (this.library.loadedCleanly)
      await removeImageFiles(
        this.library.paths.images,
        dropped.map((d) => d.id),
      );
    if (dropped.length > 0) this.options.emit({ type: 'library-changed' });
    return { removed: dropped.length, bytes: dropped.reduce((n, d) => n + d.bytes, 0) };
  }

  async getSettings(): Promise<Responses['getSettings']> {
    return readSettings(this.library.state);
  }

  async updateSettings(r: ValidRequest<'updateSettings'>): Promise<Responses['updateSettings']> {
    this.library.assertWritable();
    writeSettings(this.library.state, r);
    await this.library.saveState();
    if (r.watchFolders !== undefined) await this.syncWatching();
    return readSettings(this.library.state);
  }

  async listFolders(): Promise<Responses['listFolders']> {
    return { folders: this.folders.list() };
  }

  async refreshFolders(r: ValidRequest<'refreshFolders'>): Promise<Responses['refreshFolders']> {
    this.library.assertWritable();
    const paths = this.folders.present(r.ids);
    return { jobId: paths.length === 0 ? null : this.beginImport(paths, 'user', r.downloadImages) };
  }

  async getSearchHistory(): Promise<Responses['getSearchHistory']> {
    return { queries: this.library.state.history() };
  }

  async clearSearchHistory(): Promise<Responses['clearSearchHistory']> {
    this.library.assertWritable();
    const cleared = this.library.state.clearHistory();
    await this.library.saveState();
    return { cleared };
  }

  async listSavedSearches(): Promise<Responses['listSavedSearches']> {
    const rows = this.library.state.savedSearches.list();
    const views = rows.map((row) => parseView(row.view));
    const counts = await this.searcher.counts(rows.map((row, i) => ({ query: row.query, view: views[i] ?? { kind: 'all' } })));
    return { searches: rows.map((row, i) => savedSearch(row, views[i] ?? { kind: 'all' }, counts[i] ?? { total: 0, unread: 0 })) };
  }

  async saveSearch(r: ValidRequest<'saveSearch'>): Promise<Responses['saveSearch']> {
    this.library.assertWritable();
    const id = this.library.state.savedSearches.add(r.name, r.query, JSON.stringify(r.view), Date.now());
    await this.library.saveState();
    const [counts] = await this.searcher.counts([{ query: r.query, view: r.view }]);
    return { id, name: r.name, query: r.query, view: r.view, total: counts?.total ?? 0, unread: counts?.unread ?? 0 };
  }

  async renameSavedSearch(r: ValidRequest<'renameSavedSearch'>): Promise<Responses['renameSavedSearch']> {
    this.library.assertWritable();
    const renamed = this.library.state.savedSearches.rename(r.id, r.name);
    await this.library.saveState();
    return { renamed };
  }

  async moveSavedSearch(r: ValidRequest<'moveSavedSearch'>): Promise<Responses['moveSavedSearch']> {
    this.library.assertWritable();
    const moved = this.library.state.savedSearches.move(r.id, r.index);
    await this.library.saveState();
    return { moved };
  }

  async deleteSavedSearch(r: ValidRequest<'deleteSavedSearch'>): Promise<Responses['deleteSavedSearch']> {
    this.library.assertWritable();
    const deleted = this.library.state.savedSearches.remove(r.id);
    await this.library.saveState();
    return { deleted };
  }

  async checkLibrary(): Promise<Responses['checkLibrary']> {
    return checkLibrary(this.library);
  }

  async repairLibrary(): Promise<Responses['repairLibrary']> {
    let report: Responses['repairLibrary'];
    try {
      report = await this.imports.repair();
    } finally {
      // Watched folders that changed meanwhile waited for the repair, as they wait for an import.
      this.folders.startPending();
    }
    this.emit({ type: 'library-changed' });
    return report;
  }

  async markRead(r: ValidRequest<'markRead'>): Promise<Responses['markRead']> {
    this.library.assertWritable();
    const { catalog } = this.library;
    const candidates = r.query
      ? searchArticles(this.library, {
          query: r.query,
          view: r.view,
          sort: 'date',
          offset: 0,
          limit: Math.max(1, catalog.size),
          snippets: 0,
        }).hits.map((h) => h.id)
      : catalog.idsInView(r.view, true);
    const ids = candidates.filter((id) => !catalog.isRead(id));
    if (ids.length === 0) return { changed: 0, undoToken: null };
    const { changed } = await this.setArticleState({ ids, read: true });
    const undoToken = this.undoLog.register(async () => {
      await this.setArticleState({ ids, read: false });
    });
    return { changed, undoToken };
  }

  async undo(r: ValidRequest<'undo'>): Promise<Responses['undo']> {
    this.library.assertWritable();
    return { undone: await this.undoLog.undo(r.token) };
  }

  async nextUnread(r: ValidRequest<'nextUnread'>): Promise<Responses['nextUnread']> {
    return { target: nextUnread(this.library, r) };
  }

  async locateArticle(r: ValidRequest<'locateArticle'>): Promise<Responses['locateArticle']> {
    return { position: locateArticle(this.library.catalog, r.view, r.sort, r.id, r.unreadOnly ?? false) };
  }

  async updateSource(r: ValidRequest<'updateSource'>): Promise<Responses['updateSource']> {
    this.library.assertWritable();
    const changed = updateSourceChoice(this.library, r.sourceId, r);
    if (changed) await this.library.saveState();
    // Names, hidden sources and merges change what a search filters by: the search worker reads them again.
    if (changed) this.searcher.libraryChanged();
    return { changed };
  }

  async mergeSources(r: ValidRequest<'mergeSources'>): Promise<Responses['mergeSources']> {
    this.library.assertWritable();
    const merged = mergeSourceInto(this.library, r.from, r.into);
    await this.library.saveState();
    this.searcher.libraryChanged();
    return { merged };
  }

  async removeSource(r: ValidRequest<'removeSource'>): Promise<Responses['removeSource']> {
    this.library.assertWritable();
    if (this.imports.busy) throw new FolioError('import-running', 'Articles cannot be removed while an import is running.');
    const { catalog } = this.library;
    const ids = catalog.idsInView({ kind: 'source', sourceId: r.sourceId }, true);
    if (ids.length === 0) return { removed: 0, undoToken: null };
    // Set aside, not deleted: the library keeps them until it closes, so the removal can be undone until then.
    catalog.withdraw(ids);
    const undoToken = this.undoLog.register(async () => {
      this.pendingRemovals.delete(undoToken);
      catalog.restore(ids);
      this.searcher.libraryChanged();
    });
    this.pendingRemovals.set(undoToken, ids);
    // Set-aside articles leave search results too.
    this.searcher.libraryChanged();
    return { removed: ids.length, undoToken };
  }

  async getSession(): Promise<Responses['getSession']> {
    return readSession(this.library.state);
  }

  async saveSession(r: ValidRequest<'saveSession'>): Promise<Responses['saveSession']> {
    this.library.assertWritable();
    writeSession(this.library.state, r);
    await this.library.saveState();
    return { saved: true };
  }

  async getStats(): Promise<Responses['getStats']> {
    return libraryStats(this.library);
  }
}
