// The one list of what crosses the process boundary. The preload, the main
// process handler table and the e2e bridge are all derived from it.
import type { z } from 'zod';
import type {
  ArticleDetail,
  ArticlePage,
  ImportProgress,
  ImportReport,
  LibraryOverview,
  LibraryStats,
  SearchResult,
  Settings,
} from './model';
import type { Envelope } from './errors';
import type { requestSchemas } from './requests';

export interface Responses {
  getOverview: LibraryOverview;
  listArticles: ArticlePage;
  getArticle: ArticleDetail;
  search: SearchResult;
  setArticleState: { changed: number };
  removeArticles: { removed: number };
  startImport: { jobId: string };
  cancelImport: { cancelled: boolean };
  getSettings: Settings;
  updateSettings: Settings;
  getSearchHistory: { queries: string[] };
  clearSearchHistory: { cleared: number };
  /** An article's plain text as stored (`folio show`). */
  getArticleText: { text: string };
  /** Counts and sizes (`folio stats`). */
  getStats: LibraryStats;
  /** Shell capability: the system folder dialog. Empty when the user cancels. */
  pickFolders: { paths: string[] };
  /** Shell capability: open an http(s)/mailto link in the system browser. */
  openExternal: { opened: boolean };
}

export type Channel = keyof Responses;

export type Requests = { [K in Channel]: z.input<(typeof requestSchemas)[K]> };

/** Channels answered by the Electron shell rather than the library service. */
export const SHELL_CHANNELS = ['pickFolders', 'openExternal'] as const satisfies readonly Channel[];
export type ShellChannel = (typeof SHELL_CHANNELS)[number];
export type ServiceChannel = Exclude<Channel, ShellChannel>;

// A Record keyed by Channel, so a channel added to Responses but not here is a type error.
const CHANNEL_SET: Record<Channel, true> = {
  getOverview: true,
  listArticles: true,
  getArticle: true,
  search: true,
  setArticleState: true,
  removeArticles: true,
  startImport: true,
  cancelImport: true,
  getSettings: true,
  updateSettings: true,
  getSearchHistory: true,
  clearSearchHistory: true,
  getArticleText: true,
  getStats: true,
  pickFolders: true,
  openExternal: true,
};
export const CHANNELS = Object.keys(CHANNEL_SET) as Channel[];

/** Commands the app menu sends to the renderer, so the UI owns each action once. */
export type MenuCommand = 'import-folder' | 'focus-search' | 'toggle-read' | 'toggle-star';

export type FolioEvent =
  | { type: 'import-progress'; progress: ImportProgress }
  | { type: 'import-finished'; report: ImportReport }
  | { type: 'library-changed' }
  | { type: 'command'; command: MenuCommand };

/**
 * window.folio: one method per channel. Failures come back as data (an Envelope),
 * because thrown errors lose their fields crossing contextBridge.
 */
export type FolioBridge = {
  [K in Channel]: (request: Requests[K]) => Promise<Envelope<Responses[K]>>;
} & {
  onEvent(listener: (event: FolioEvent) => void): () => void;
};

/** Prefix for the IPC channel names ('folio:search', …) and the event channel. */
export const IPC_PREFIX = 'folio:';
export const EVENT_CHANNEL = 'folio:event';
