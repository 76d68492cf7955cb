// Fetches the pages a virtualised list scrolls into view, once each, and drops
// pages that arrive after the list they belong to was replaced.
import { emptyRows, missingPages, withPage } from './paged-rows';
import type { PagedRows } from './paged-rows';

export interface PageSource<T> {
  rows(): PagedRows<T>;
  /** Changes whenever the list is replaced (new view, sort or query). */
  generation(): number;
  fetchPage(offset: number, limit: number): Promise<{ total: number; rows: readonly T[] }>;
  store(rows: PagedRows<T>): void;
  fail(error: unknown): void;
}

export interface PageLoader {
  /** Fetches the missing pages covering rows first..last. */
  ensure(first: number, last: number): void;
  /** Forgets requests in flight; the next list starts at the top unless keepRange. */
  reset(keepRange: boolean): void;
  /** Fetches again every page in the last requested range and replaces the rows in one step (no flash). */
  refetch(): Promise<void>;
}

export function createPageLoader<T>(source: PageSource<T>): PageLoader {
  let pending = new Set<number>();
  let range: [number, number] = [0, 0];

  const fetchInto = (page: number, generation: number, inFlight: Set<number>) => {
    const size = source.rows().pageSize;
    inFlight.add(page);
    source
      .fetchPage(page * size, size)
      .then(
        ({ total, rows }) => {
          if (source.generation() === generation) source.store(withPage(source.rows(), page, total, rows));
        },
        (error: unknown) => {
          if (source.generation() === generation) source.fail(error);
        },
      )
      .finally(() => inFlight.delete(page));
  };

  return {
    ensure(first, last) {
      range = [first, last];
      const generation = source.generation();
      for (const page of missingPages(source.rows(), first, last, pending)) fetchInto(page, generation, pending);
    },
    reset(keepRange) {
      pending = new Set();
      if (!keepRange) range = [0, 0];
    },
    async refetch() {
      const generation = source.generation();
      const current = source.rows();
      const size = current.pageSize;
      const pages = missingPages({ ...emptyRows<T>(size), total: current.total }, range[0], range[1], new Set());
      // A list that shrank below the old range still needs its first page to learn its new size.
      if (pages.length === 0) pages.push(0);
      try {
        const fetched = await Promise.all(pages.map((page) => source.fetchPage(page * size, size)));
        if (source.generation() !== generation) return;
        let rows = emptyRows<T>(size);
        fetched.forEach((result, i) => {
          rows = withPage(rows, pages[i] ?? 0, result.total, result.rows);
        });
        source.store(rows);
      } catch (error) {
        if (source.generation() === generation) source.fail(error);
      }
    },
  };
}
