// Bounds every request is checked against in the main process.
export const LIMITS = {
  queryLength: 500,
  /** Words and phrases in one query: each costs a walk of the index, so a pasted page is refused, not searched for seconds. */
  queryTerms: 32,
  listPage: 500,
  searchPage: 200,
  idsPerRequest: 100_000,
  pathsPerImport: 64,
  pathLength: 4096,
  urlLength: 8192,
  jobIdLength: 64,
  fontSizeMin: 12,
  fontSizeMax: 32,
} as const;
