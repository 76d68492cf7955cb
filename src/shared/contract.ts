// The one list of what crosses the process boundary. The preload, the main
// process handler table and the e2e bridge are all derived from it.
import type { z } from 'zod';
import type { AboutInfo, AppInfo, ChosenFolder, LibraryMoveProgress } from './desktop';
import type {
  ArticleDetail,
  ArticlePage,
  FolderSummary,
  ImageJobProgress,
  ImageJobReport,
  ImageStatus,
  ImageStorage,
  ImportProgress,
  ImportReport,
  HitSnippet,
  LibraryCheck,
  LibraryOverview,
  SavedSearch,
  LibraryStats,
  ReadingSession,
  RepairReport,
  SearchResult,
  Settings,
  UnreadTarget,
} from './model';
import type { Envelope } from './errors';
import type { requestSchemas } from './requests';

export interface Responses {
  getOverview: LibraryOverview;
  listArticles: ArticlePage;
  getArticle: ArticleDetail;
  search: SearchResult;
  /** Snippets for hits a results page sent without (rows scrolled into view). */
  getSnippets: { snippets: HitSnippet[] };
  setArticleState: { changed: number };
  removeArticles: { removed: number };
  startImport: { jobId: string };
  cancelImport: { cancelled: boolean };
  getSettings: Settings;
  updateSettings: Settings;
  getSearchHistory: { queries: string[] };
  clearSearchHistory: { cleared: number };
  listFolders: { folders: FolderSummary[] };
  /** Re-imports known folders (all, or those ids); jobId null when none is there to import. */
  refreshFolders: { jobId: string | null };
  /** Opening an article as the reader does, in one round trip: it is read, marked read if asked, and a search it came from remembered. */
  openArticle: { article: ArticleDetail; overview: LibraryOverview };
  recordSearch: { recorded: boolean };
  listSavedSearches: { searches: SavedSearch[] };
  saveSearch: SavedSearch;
  renameSavedSearch: { renamed: boolean };
  moveSavedSearch: { moved: boolean };
  deleteSavedSearch: { deleted: boolean };
  /** Verifies the databases, packs and index segments (reads only). */
  checkLibrary: LibraryCheck;
  /** Re-reads damaged articles from their files, rebuilds the index, writes both databases afresh. */
  repairLibrary: RepairReport;
  /** undoToken undoes it (null when nothing changed). */
  markRead: { changed: number; undoToken: number | null };
  undo: { undone: boolean };
  nextUnread: { target: UnreadTarget | null };
  locateArticle: { position: number | null };
  updateSource: { changed: boolean };
  mergeSources: { merged: number };
  /** The articles are set aside at once and removed for good when the library closes; undoToken brings them back before that. */
  removeSource: { removed: number; undoToken: number | null };
  getSession: ReadingSession;
  saveSession: { saved: boolean };
  /** An article's plain text as stored, and where each of its images stands (`folio show`). */
  getArticleText: { text: string; images: ImageStatus[] };
  /** Counts and sizes (`folio stats`). */
  getStats: LibraryStats;
  /** Shell capability: the system folder dialog. Empty when the user cancels; each folder comes with its token. */
  pickFolders: { folders: ChosenFolder[] };
  /** Shell capability: open an http(s)/mailto link in the system browser. */
  openExternal: { opened: boolean };
  /** The app around the library: version, where the library is, whether the sample is open. */
  getAppInfo: AppInfo;
  /** Version and the licences of every library the app ships. */
  getAbout: AboutInfo;
  /** Moves the library into the chosen folder (copy, verify, switch, then remove the old copy). */
  moveLibrary: { libraryDir: string };
  /** Opens the built-in sample library, read-only, in place of the user's own. */
  openSampleLibrary: AppInfo;
  /** Closes the sample library and removes it; the user's own library is back. */
  closeSampleLibrary: AppInfo;
  startImageJob: { jobId: string };
  cancelImageJob: { cancelled: boolean };
  getImageStorage: ImageStorage;
  removeImages: { removed: number; bytes: number };
  cleanupImages: { removed: number; bytes: number };
  /** Shell capability: the system save dialog for a stored image. False when the user cancels. */
  saveImageAs: { saved: boolean };
  /** Shell capability: a stored image onto the system clipboard. */
  copyImage: { copied: boolean };
}

export type Channel = keyof Responses;

export type Requests = { [K in Channel]: z.input<(typeof requestSchemas)[K]> };

/** Channels answered by the Electron shell rather than the library service. */
export const SHELL_CHANNELS = [
  'pickFolders',
  'openExternal',
  'getAppInfo',
  'getAbout',
  'moveLibrary',
  'openSampleLibrary',
  'closeSampleLibrary',
  'saveImageAs',
  'copyImage',
] as const satisfies readonly Channel[];
export type ShellChannel = (typeof SHELL_CHANNELS)[number];
export type ServiceChannel = Exclude<Channel, ShellChannel>;

// A Record keyed by Channel, so a channel added to Responses but not here is a type error.
const CHANNEL_SET: Record<Channel, true> = {
  getOverview: true,
  listArticles: true,
  getArticle: true,
  search: true,
  getSnippets: true,
  setArticleState: true,
  removeArticles: true,
  startImport: true,
  cancelImport: true,
  getSettings: true,
  updateSettings: true,
  getSearchHistory: true,
  clearSearchHistory: true,
  listFolders: true,
  refreshFolders: true,
  openArticle: true,
  recordSearch: true,
  listSavedSearches: true,
  saveSearch: true,
  renameSavedSearch: true,
  moveSavedSearch: true,
  deleteSavedSearch: true,
  checkLibrary: true,
  repairLibrary: true,
  markRead: true,
  undo: true,
  nextUnread: true,
  locateArticle: true,
  updateSource: true,
  mergeSources: true,
  removeSource: true,
  getSession: true,
  saveSession: true,
  getArticleText: true,
  getStats: true,
  pickFolders: true,
  openExternal: true,
  getAppInfo: true,
  getAbout: true,
  moveLibrary: true,
  openSampleLibrary: true,
  closeSampleLibrary: true,
  startImageJob: true,
  cancelImageJob: true,
  getImageStorage: true,
  removeImages: true,
  cleanupImages: true,
  saveImageAs: true,
  copyImage: true,
};
export const CHANNELS = Object.keys(CHANNEL_SET) as Channel[];

/** Commands the app menu sends to the renderer, so the UI owns each action once. */
export type MenuCommand = 'import-folder' | 'focus-search' | 'toggle-read' | 'toggle-star' | 'show-about';

export type FolioEvent =
  | { type: 'import-progress'; progress: ImportProgress }
  | { type: 'import-finished'; report: ImportReport }
  | { type: 'library-changed' }
  | { type: 'command'; command: MenuCommand }
  | { type: 'image-progress'; progress: ImageJobProgress }
  | { type: 'image-finished'; report: ImageJobReport }
  | { type: 'library-move-progress'; progress: LibraryMoveProgress }
  /** Another library is open now (the sample, or the user's own again, or the same one moved): reload everything. */
  | { type: 'library-switched' };

/**
 * window.folio: one method per channel. Failures come back as data (an Envelope),
 * because thrown errors lose their fields crossing contextBridge.
 */
export type FolioBridge = {
  [K in Channel]: (request: Requests[K]) => Promise<Envelope<Responses[K]>>;
} & {
  onEvent(listener: (event: FolioEvent) => void): () => void;
  /**
   * Folders dropped on the window (the drop event's File objects): each gets a token for
   * startImport. Only the shell can tell a dropped folder's path, so the page never names one.
   */
  dropFolders(files: readonly Blob[]): Promise<Envelope<{ folders: ChosenFolder[] }>>;
};

/** Prefix for the IPC channel names ('folio:search', …) and the event channel. */
export const IPC_PREFIX = 'folio:';
export const EVENT_CHANNEL = 'folio:event';
/** Preload → main only (not a page method): the paths of the folders dropped on the window. */
export const DROP_CHANNEL = 'folio:drop';
