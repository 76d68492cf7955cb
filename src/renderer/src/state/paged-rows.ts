// Rows of a long list held as the pages fetched so far, so a 100k-row view costs
// only what the user has scrolled past, and one page arriving copies one small object.

export interface PagedRows<T> {
  /** Rows in the whole view, as last reported by the service. */
  total: number;
  /** False until the first page of this list arrived (so "no articles" is not shown while loading). */
  known: boolean;
  pageSize: number;
  pages: Readonly<Record<number, readonly T[]>>;
}

export function emptyRows<T>(pageSize: number): PagedRows<T> {
  return { total: 0, known: false, pageSize, pages: {} };
}

export function rowAt<T>(rows: PagedRows<T>, index: number): T | undefined {
  return rows.pages[Math.floor(index / rows.pageSize)]?.[index % rows.pageSize];
}

export function withPage<T>(rows: PagedRows<T>, page: number, total: number, items: readonly T[]): PagedRows<T> {
  return { total, known: true, pageSize: rows.pageSize, pages: { ...rows.pages, [page]: items } };
}

/** Pages covering rows first..last that are neither loaded nor in `pending`. */
export function missingPages<T>(rows: PagedRows<T>, first: number, last: number, pending: ReadonlySet<number>): number[] {
  const lastRow = rows.total > 0 ? Math.min(last, rows.total - 1) : last;
  const missing: number[] = [];
  for (let page = Math.floor(Math.max(0, first) / rows.pageSize); page * rows.pageSize <= lastRow; page++) {
    if (rows.pages[page] === undefined && !pending.has(page)) missing.push(page);
  }
  return missing;
}

/** Applies `update` to every loaded row; pages where nothing changed keep their identity (no re-render). */
export function updateRows<T>(rows: PagedRows<T>, update: (row: T) => T): PagedRows<T> {
  let changed = false;
  const pages: Record<number, readonly T[]> = {};
  for (const [key, items] of Object.entries(rows.pages)) {
    const next = items.map(update);
    const pageChanged = next.some((row, i) => row !== items[i]);
    pages[Number(key)] = pageChanged ? next : items;
    changed ||= pageChanged;
  }
  return changed ? { ...rows, pages } : rows;
}

/** The index of the loaded row with this id, or null when no loaded page has it. */
export function rowIndexOf<T extends { id: number }>(rows: PagedRows<T>, id: number): number | null {
  for (const [page, items] of Object.entries(rows.pages)) {
    const i = items.findIndex((row) => row.id === id);
    if (i >= 0) return Number(page) * rows.pageSize + i;
  }
  return null;
}
