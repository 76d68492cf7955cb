// Request schemas: the main process validates every IPC argument against these,
// and the request types in contract.ts are inferred from them, so there is one definition
// (contract.ts indexes this object by every Channel, so a missing schema is a type error).
import { z } from 'zod';
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

// The vocabulary's enums: model.ts, the settings store and the settings dialog take their types from these.
export const listSortSchema = z.enum(['newest', 'oldest']);
export const searchSortSchema = z.enum(['relevance', 'date']);
export const themeSchema = z.enum(['system', 'light', 'dark']);
export const languageSchema = z.enum(['system', 'zh', 'en']);
export const readingFontSchema = z.enum(['sans', 'serif']);

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
    })
    .strict(),
  cancelImport: z.object({ jobId: z.string().min(1).max(LIMITS.jobIdLength) }).strict(),
  getSettings: empty,
  updateSettings: settingsSchema.partial().strict(),
  getSearchHistory: empty,
  clearSearchHistory: empty,
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
} as const;
