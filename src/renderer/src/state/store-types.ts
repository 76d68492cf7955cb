// The shape of the one store, slice by slice. Each slice's actions live beside the state they change.
// Async actions never reject: each reports its own failure through reportError. So an event handler
// or another action that need not wait starts one with `void` (fire and forget), and nothing is lost.
import type { StateCreator } from 'zustand';
import type {
  ArticleDetail,
  ArticleId,
  ArticleImage,
  ImageJobProgress,
  ImageJobReport,
  ImageScope,
  ImageStorage,
  ArticleSummary,
  ImportProgress,
  ImportReport,
  LibraryOverview,
  LibraryView,
  ListSort,
  QuerySummary,
  SavedSearch,
  RepairReport,
  SearchHit,
  SearchSort,
  Settings,
} from '../../../shared/model';
import type { AppInfo, LibraryMoveProgress } from '../../../shared/desktop';
import type { MessageKey } from '../i18n/messages-en';
import type { PagedRows } from './paged-rows';

export type LoadStatus = 'loading' | 'ready' | 'failed';

export interface LibrarySlice {
  status: LoadStatus;
  overview: LibraryOverview | null;
  view: LibraryView;
  /** First load: settings, overview, first page. */
  initialise(): Promise<void>;
  loadOverview(): Promise<void>;
  selectView(view: LibraryView): void;
  /** After an import or a library-changed event: counts, the list and any search are fetched again. */
  refreshLibrary(): Promise<void>;
}

export interface ListSlice {
  listSort: ListSort;
  list: PagedRows<ArticleSummary>;
  /** Bumped whenever the list's contents are replaced, so late pages of an old list are dropped. */
  listGeneration: number;
  listCursor: number;
  setListSort(sort: ListSort): void;
  /** keepPosition: refresh in place (library changed) instead of starting a new list at the top. */
  reloadList(keepPosition?: boolean): Promise<void>;
  ensureListRange(first: number, last: number): void;
}

export interface SearchSlice {
  /** The text in the search box. */
  query: string;
  /** The query the shown results belong to ('' when not searching). */
  searchedQuery: string;
  searchSort: SearchSort;
  results: PagedRows<SearchHit>;
  summary: QuerySummary | null;
  /** Sequence number of the latest search request; responses with an older number are dropped. */
  searchSeq: number;
  /** Sequence number of the request whose results are shown (changes when the results are replaced). */
  resultsSeq: number;
  searching: boolean;
  hitCursor: number;
  history: string[];
  /** Ids of the shown hits whose headline holds the query (suggested under the box). */
  headlines: ArticleId[];
  /** A corrected query for a Latin query with few or no hits. */
  didYouMean: string | null;
  /** Bumped to ask the search box to take focus (menu command, shortcut). */
  searchFocusRequest: number;
  /** search: false while an IME composition is open (its pinyin is not the query yet). */
  setQuery(text: string, search?: boolean): void;
  runSearch(): Promise<void>;
  ensureHitRange(first: number, last: number): void;
  setSearchSort(sort: SearchSort): void;
  loadHistory(): Promise<void>;
  clearHistory(): Promise<void>;
  /** Remembers the query (Enter in the box, a suggestion chosen). */
  recordSearch(query: string): void;
  requestSearchFocus(): void;
}

export interface SavedSearchSlice {
  savedSearches: SavedSearch[];
  loadSavedSearches(): Promise<void>;
  /** Pins the current query, in the current view, under its own text as name. */
  saveCurrentSearch(): Promise<void>;
  /** Shows a saved search: its view selected, its query searched. */
  openSavedSearch(id: number): void;
  renameSavedSearch(id: number, name: string): Promise<void>;
  moveSavedSearch(id: number, index: number): Promise<void>;
  deleteSavedSearch(id: number): Promise<void>;
}

export interface NavigationSlice {
  /** Moves the cursor of whichever list is showing (articles or results). */
  moveCursor(delta: number): void;
  /** j/k: the next or previous row of the list, opened at once. */
  stepArticle(delta: number): void;
  setCursor(index: number): void;
  openAtCursor(): void;
  /** A click on a row: the cursor goes there and the article opens. */
  openAt(index: number): void;
}

export interface ReaderSlice {
  article: ArticleDetail | null;
  openingId: ArticleId | null;
  /** The query the open article's marks come from, or ''. */
  highlight: string;
  /** Distinct data-hit numbers in the rendered body, in document order. */
  matchHits: number[];
  currentMatch: number;
  viewerIndex: number | null;
  /** markRead false: reopening where the user left off (a restart) leaves the article's state as they set it. */
  openArticle(id: ArticleId, highlight?: string, markRead?: boolean): Promise<void>;
  /** The query changed or was cleared: the open article's marks and match counter go at once. */
  clearHighlights(): void;
  setArticleState(ids: ArticleId[], patch: { read?: boolean; starred?: boolean }): Promise<void>;
  toggleRead(): void;
  toggleStar(): void;
  /** Opens an http(s)/mailto link in the system browser; the app itself never navigates. */
  openLink(url: string): Promise<void>;
  setMatchHits(hits: number[]): void;
  stepMatch(delta: number): void;
  openViewer(index: number): void;
  stepViewer(delta: number): void;
  closeViewer(): void;
  /** The system save dialog for an image (a shell capability). */
  saveImage(image: ArticleImage): Promise<void>;
  /** True when the image is on the clipboard (false for a type the system clipboard cannot take). */
  copyImage(image: ArticleImage): Promise<boolean>;
  /** Fetches the open article again (its images were downloaded), keeping what the reader sees. */
  reloadArticle(): Promise<void>;
}

export interface ImageJobState {
  jobId: string;
  scope: ImageScope;
  progress: ImageJobProgress | null;
}

export interface ImageJobSlice {
  imageJob: ImageJobState | null;
  /** The last finished job's report, until dismissed. */
  imageReport: ImageJobReport | null;
  imageStorage: ImageStorage | null;
  startImageJob(scope: ImageScope): Promise<void>;
  cancelImageJob(): Promise<void>;
  onImageProgress(progress: ImageJobProgress): void;
  onImageFinished(report: ImageJobReport): void;
  dismissImageReport(): void;
  loadImageStorage(): Promise<void>;
  /** Removes downloaded images: all, or those only a source uses. */
  removeImages(sourceId?: number): Promise<void>;
  cleanupImages(): Promise<void>;
}

export interface ImportJob {
  jobId: string;
  progress: ImportProgress | null;
}

export interface ImportSlice {
  importJob: ImportJob | null;
  report: ImportReport | null;
  /** downloadImages: the import option; without it the downloadNewImages setting decides. */
  importFolders(downloadImages?: boolean): Promise<void>;
  /** Folders dropped on the window (the drop event's files). */
  importDropped(files: readonly File[]): Promise<void>;
  cancelImport(): Promise<void>;
  onImportProgress(progress: ImportProgress): void;
  onImportFinished(report: ImportReport): void;
  dismissReport(): void;
}

export interface SettingsSlice {
  settings: Settings;
  loadSettings(): Promise<void>;
  updateSettings(patch: Partial<Settings>): Promise<void>;
}

export interface Notice {
  id: number;
  /** An error's own message, or a catalogue key (translated when shown) for a confirmation. */
  message: string;
  params?: Record<string, string | number>;
  /** 'done' confirms an action (with an Undo button when undoToken is set); 'error' reports a failure. */
  kind: 'error' | 'done';
  undoToken?: number;
}

export interface NoticeSlice {
  notices: Notice[];
  /** Any failure from the API ends here: a toast with its message, never a crash. */
  reportError(error: unknown): void;
  /** A confirmation toast; with an undo token it offers Undo. */
  notify(key: MessageKey, params: Record<string, string | number>, undoToken?: number | null): void;
  undo(noticeId: number): Promise<void>;
  dismissNotice(id: number): void;
}

export interface RepairSlice {
  repairing: boolean;
  /** What the last repair did, shown until dismissed. */
  repairResult: RepairReport | null;
  /** Runs the library's repair (offered when it reports damage), then reloads what is shown. */
  repairLibrary(): Promise<void>;
  dismissRepairResult(): void;
}

export interface ReadingFlowSlice {
  /** viewKeys of the views whose list hides read articles. */
  hideRead: string[];
  /** Fraction of the open article scrolled past, to restore after a restart (applied once, then null). */
  pendingScroll: number | null;
  toggleHideRead(): void;
  /** Marks the shown search results, or else the current view, read; a toast offers Undo. */
  markAllRead(): Promise<void>;
  /** n / Shift+N: the next or previous unread article, in this view or (from a source) the next source with any. */
  goToUnread(direction: 'next' | 'previous'): Promise<void>;
  /** [ / ]: the previous or next source in the library pane. */
  stepSource(delta: number): void;
  /** Opens an article and puts the list cursor on it (finding its row in the current list). */
  openAndLocate(id: ArticleId, markRead?: boolean): Promise<void>;
  /** Restores view, sort, hidden-read views and the open article from the service. */
  restoreSession(): Promise<void>;
  setPendingScroll(fraction: number | null): void;
}

export type LibraryPaneMode = 'full' | 'icons' | 'hidden';

export interface LayoutSlice {
  /** What the user chose; a narrow window may collapse further (see pane-fit.ts). */
  libraryMode: LibraryPaneMode;
  /** The list hidden while an article is open, so the reading column can be wide. */
  listHidden: boolean;
  /** What the layout shows (a narrow window may collapse the pane beyond the user's choice). */
  libraryShown: LibraryPaneMode;
  setLibraryShown(mode: LibraryPaneMode): void;
  /** The window is too narrow for the list beside the article (set by the layout). */
  listCrowdedOut: boolean;
  /** The list shown over the article, in a window too narrow for both side by side. */
  listPeek: boolean;
  cycleLibraryMode(): void;
  setLibraryMode(mode: LibraryPaneMode): void;
  /** F: hides or shows the list; in a narrow window, shows it over the article for a moment. */
  toggleList(): void;
  setListCrowdedOut(crowded: boolean): void;
  closeListPeek(): void;
}

export interface SourcesSlice {
  renameSource(sourceId: number, name: string): Promise<void>;
  setSourceHidden(sourceId: number, hidden: boolean): Promise<void>;
  mergeSources(from: number, into: number): Promise<void>;
  /** Sets the source's articles aside; a toast offers Undo until the app quits. */
  removeSource(sourceId: number): Promise<void>;
}

/** The app around the library: where it is, the sample library, moving it, the About box. */
export interface DesktopSlice {
  appInfo: AppInfo | null;
  /** Non-null while the library is being moved. */
  moveProgress: LibraryMoveProgress | null;
  aboutOpen: boolean;
  loadAppInfo(): Promise<void>;
  openSample(): Promise<void>;
  closeSample(): Promise<void>;
  /** Asks where to, then moves the library there. */
  moveLibrary(): Promise<void>;
  onMoveProgress(progress: LibraryMoveProgress): void;
  /** Another library is shown now: everything is loaded again. */
  onLibrarySwitched(): Promise<void>;
  setAboutOpen(open: boolean): void;
}

export type FolioState = LibrarySlice &
  ReadingFlowSlice &
  LayoutSlice &
  SourcesSlice &
  ListSlice &
  SearchSlice &
  SavedSearchSlice &
  NavigationSlice &
  ReaderSlice &
  ImportSlice &
  ImageJobSlice &
  SettingsSlice &
  NoticeSlice &
  RepairSlice &
  DesktopSlice;

export type SliceCreator<T> = StateCreator<FolioState, [], [], T>;
