// Request schemas: the main process validates every IPC argument against these,
// and the request types in contract.ts are inferred from them, so there is one definition
// (contract.ts indexes this object by every Channel, so a missing schema is a type error).
import { z } from 'zod';
import { IMAGE_ID_PATTERN } from './image-id';
import { LIMITS } from './limits';

const id = z.number().int().positive();
const empty = z.object({}).strict();
/** An opaque folder token handed out by pickFolders or dropFolders (see src/main/folder-grants.ts). */
export const folderToken = z.string().regex(/^[0-9a-f]{32}$/, 'not a folder token');

export const libraryViewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('unread') }).strict(),
  z.object({ kind: z.literal('starred') }).strict(),
  z.object({ kind: z.literal('source'), sourceId: id }).strict(),
]);

export const imageScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('article'), id }).strict(),
  z.object({ kind: z.literal('view'), view: libraryViewSchema }).strict(),
]);

const PROXY_SCHEMES = ['http:', 'https:', 'socks5:', 'socks:'];

/** '' (the system's proxy) or an http://, https:// or socks5:// URL with a host. */
export function isProxySetting(value: string): boolean {
  if (value === '') return true;
  try {
    const url = new URL(value);
    return PROXY_SCHEMES.includes(url.protocol) && url.hostname !== '';
  } catch {
    return false;
  }
}

/** A User-Agent is sent as a header: printable ASCII, bounded. */
export function isUserAgentSetting(value: string): boolean {
  return value.length <= LIMITS.userAgentLength && /^[\x20-\x7e]*$/.test(value);
}

const proxySetting = z
  .string()
  .trim()
  .max(LIMITS.urlLength)
  .refine(isProxySetting, 'a proxy is an http://, https:// or socks5:// URL with a host, or empty for the system proxy');

// The vocabulary's enums: model.ts, the settings store and the settings dialog take their types from these.
export const listSortSchema = z.enum(['newest', 'oldest']);
export const searchSortSchema = z.enum(['relevance', 'date']);
export const themeSchema = z.enum(['system', 'light', 'dark']);
export const languageSchema = z.enum(['system', 'zh', 'en']);
export const readingFontSchema = z.enum(['sans', 'serif']);
/** What image downloads send as Referer: the article's own URL (many CDNs refuse hot-links without it), its origin, or nothing. */
export const refererPolicySchema = z.enum(['article', 'origin', 'none']);

/** Every setting with its bounds: updateSettings takes any part of it, and the stored settings are read back through it. */
export const settingsSchema = z
  .object({
    theme: themeSchema,
    language: languageSchema,
    /** Reading pane text size, in CSS pixels. */
    fontSize: z.number().int().min(LIMITS.fontSizeMin).max(LIMITS.fontSizeMax),
    /** Line height of the reading pane, as a multiple of the text size. */
    lineHeight: z.number().min(LIMITS.lineHeightMin).max(LIMITS.lineHeightMax),
    /** Reading column width, in ems (one em holds one CJK character). */
    columnWidth: z.number().int().min(LIMITS.columnWidthMin).max(LIMITS.columnWidthMax),
    readingFont: readingFontSchema,
    /** Justified text (inter-character for CJK) instead of ragged right. */
    justify: z.boolean(),
    /** Articles scrolled past in the list are marked read. */
    markReadOnScroll: z.boolean(),
    /** Re-import imported folders when their files change, while the app runs. */
    watchFolders: z.boolean(),
    /** Download the remote images of newly imported articles (off: nothing is fetched unless asked). */
    downloadNewImages: z.boolean(),
    /** Proxy for image downloads (http://, https://, socks5://); '' uses the system's (the CLI: HTTPS_PROXY and friends). */
    imageProxy: proxySetting,
    /** User-Agent sent with image downloads; '' sends a common browser's. */
    imageUserAgent: z.string().trim().refine(isUserAgentSetting, 'a User-Agent is printable ASCII, at most 512 characters'),
    imageReferer: refererPolicySchema,
  })
  .strict();

export const requestSchemas = {
  getOverview: empty,
  listArticles: z
    .object({
      view: libraryViewSchema,
      sort: listSortSchema,
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(LIMITS.listPage),
      /** "Hide read": only unread articles. */
      unreadOnly: z.boolean().optional(),
    })
    .strict(),
  getArticle: z
    .object({
      id,
      highlight: z.string().max(LIMITS.queryLength).optional(),
    })
    .strict(),
  search: z
    .object({
      query: z.string().max(LIMITS.queryLength),
      view: libraryViewSchema,
      sort: searchSortSchema,
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(LIMITS.searchPage),
      /** Adds each hit's score parts (folio search --explain, the development overlay). */
      explain: z.boolean().optional(),
      /** How many hits, from the first of the page, come with snippets (default: all); the rest are asked for with getSnippets. */
      snippets: z.number().int().min(0).max(LIMITS.searchPage).optional(),
    })
    .strict(),
  getSnippets: z
    .object({
      query: z.string().max(LIMITS.queryLength),
      ids: z.array(id).min(1).max(LIMITS.searchPage),
    })
    .strict(),
  setArticleState: z
    .object({
      ids: z.array(id).min(1).max(LIMITS.idsPerRequest),
      read: z.boolean().optional(),
      starred: z.boolean().optional(),
    })
    .strict()
    .refine((r) => r.read !== undefined || r.starred !== undefined, 'give read or starred'),
  removeArticles: z.object({ ids: z.array(id).min(1).max(LIMITS.idsPerRequest) }).strict(),
  // Tokens, never paths: the page can import only folders the user chose or dropped in this session.
  startImport: z
    .object({
      folders: z.array(folderToken).min(1).max(LIMITS.pathsPerImport),
      /** Download the new articles' remote images when the import finishes (default: the downloadNewImages setting). */
      downloadImages: z.boolean().optional(),
    })
    .strict(),
  cancelImport: z.object({ jobId: z.string().min(1).max(LIMITS.jobIdLength) }).strict(),
  getSettings: empty,
  updateSettings: settingsSchema.partial().strict(),
  getSearchHistory: empty,
  clearSearchHistory: empty,
  listFolders: empty,
  refreshFolders: z
    .object({
      ids: z.array(id).min(1).max(LIMITS.pathsPerImport).optional(),
      /** As startImport's (default: the downloadNewImages setting). */
      downloadImages: z.boolean().optional(),
    })
    .strict(),
  openArticle: z
    .object({
      id,
      /** The search the article was opened from: its matches are marked, and the query is remembered. */
      highlight: z.string().max(LIMITS.queryLength).optional(),
      markRead: z.boolean(),
    })
    .strict(),
  recordSearch: z.object({ query: z.string().min(1).max(LIMITS.queryLength) }).strict(),
  listSavedSearches: empty,
  saveSearch: z
    .object({
      name: z.string().trim().min(1).max(LIMITS.savedSearchName),
      query: z.string().trim().min(1).max(LIMITS.queryLength),
      view: libraryViewSchema,
    })
    .strict(),
  renameSavedSearch: z.object({ id, name: z.string().trim().min(1).max(LIMITS.savedSearchName) }).strict(),
  moveSavedSearch: z.object({ id, index: z.number().int().min(0) }).strict(),
  deleteSavedSearch: z.object({ id }).strict(),
  checkLibrary: empty,
  repairLibrary: empty,
  markRead: z
    .object({
      view: libraryViewSchema,
      /** Mark the results of this search (within the view) instead of the whole view. */
      query: z.string().min(1).max(LIMITS.queryLength).optional(),
    })
    .strict(),
  undo: z.object({ token: id }).strict(),
  nextUnread: z
    .object({
      view: libraryViewSchema,
      sort: listSortSchema,
      /** The open article; the search starts after (or before) it. */
      fromId: id.nullable(),
      direction: z.enum(['next', 'previous']),
    })
    .strict(),
  locateArticle: z.object({ view: libraryViewSchema, sort: listSortSchema, id, unreadOnly: z.boolean().optional() }).strict(),
  updateSource: z
    .object({
      sourceId: id,
      /** '' gives the source back the name import gave it. */
      name: z.string().max(LIMITS.sourceNameLength).optional(),
      hidden: z.boolean().optional(),
    })
    .strict(),
  mergeSources: z.object({ from: id, into: id }).strict(),
  removeSource: z.object({ sourceId: id }).strict(),
  getSession: empty,
  saveSession: z
    .object({
      view: libraryViewSchema,
      sort: listSortSchema,
      articleId: id.nullable(),
      scroll: z.number().min(0).max(1),
      hideRead: z.array(z.string().max(64)).max(LIMITS.hideReadViews),
    })
    .strict(),
  getArticleText: z.object({ id }).strict(),
  getStats: empty,
  pickFolders: z.object({ purpose: z.enum(['import', 'move-library']).optional() }).strict(),
  openExternal: z.object({ url: z.string().min(1).max(LIMITS.urlLength) }).strict(),
  getAppInfo: empty,
  getAbout: empty,
  moveLibrary: z.object({ folder: folderToken }).strict(),
  openSampleLibrary: empty,
  closeSampleLibrary: empty,
  startImageJob: z
    .object({
      scope: imageScopeSchema,
      /** A proxy for this job only, over the imageProxy setting (folio images --proxy). */
      proxy: proxySetting.refine((proxy) => proxy !== '', 'give a proxy URL, or leave proxy out to use the setting').optional(),
    })
    .strict(),
  cancelImageJob: z.object({ jobId: z.string().min(1).max(LIMITS.jobIdLength) }).strict(),
  getImageStorage: empty,
  /** Removes downloaded images: all of them, or those only the given source's articles use. */
  removeImages: z.object({ sourceId: id.optional() }).strict(),
  cleanupImages: empty,
  saveImageAs: z.object({ imageId: z.string().regex(IMAGE_ID_PATTERN), fileName: z.string().max(255).optional() }).strict(),
  copyImage: z.object({ imageId: z.string().regex(IMAGE_ID_PATTERN) }).strict(),
} as const;
