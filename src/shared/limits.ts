// Bounds every request is checked against in the main process.
export const LIMITS = {
  queryLength: 500,
  /** Words and phrases in one query: each costs a walk of the index, so a pasted page is refused, not searched for seconds. */
  queryTerms: 16,
  listPage: 500,
  searchPage: 200,
  idsPerRequest: 100_000,
  pathsPerImport: 64,
  pathLength: 4096,
  urlLength: 8192,
  jobIdLength: 64,
  fontSizeMin: 12,
  fontSizeMax: 40,
  lineHeightMin: 1.2,
  lineHeightMax: 2.4,
  columnWidthMin: 20,
  columnWidthMax: 60,
  sourceNameLength: 200,
  hideReadViews: 1000,
  userAgentLength: 512,
  savedSearchName: 200,
} as const;
