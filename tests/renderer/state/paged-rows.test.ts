// A long list held as the pages fetched so far: rows are found where the list shows them,
// only pages not yet asked for are fetched, and unchanged pages are not re-rendered.
import { describe, expect, it } from 'vitest';
import { emptyRows, missingPages, rowAt, updateRows, withPage } from '../../../src/renderer/src/state/paged-rows';
import type { PagedRows } from '../../../src/renderer/src/state/paged-rows';

/** Rows 0..total-1 named by their position, so a wrong lookup shows which row came back. */
const rowsOf = (from: number, count: number) => Array.from({ length: count }, (_, i) => `row ${from + i}`);
const none = new Set<number>();

describe('emptyRows', () => {
  it('is a list whose size is not known yet, with no rows', () => {
    const rows = emptyRows<string>(10);
    expect(rows.known).toBe(false);
    expect(rows.total).toBe(0);
    expect(rowAt(rows, 0)).toBeUndefined();
  });
});

describe('withPage and rowAt', () => {
  it('finds each row at its position across pages, and nothing where no page arrived', () => {
    let rows = emptyRows<string>(10);
    rows = withPage(rows, 0, 25, rowsOf(0, 10));
    rows = withPage(rows, 2, 25, rowsOf(20, 5));
    expect(rows.known).toBe(true);
    expect(rows.total).toBe(25);
    expect(rowAt(rows, 0)).toBe('row 0');
    expect(rowAt(rows, 9)).toBe('row 9');
    expect(rowAt(rows, 20)).toBe('row 20');
    expect(rowAt(rows, 24)).toBe('row 24');
    expect(rowAt(rows, 15)).toBeUndefined();
    expect(rowAt(rows, 25)).toBeUndefined();
  });

  it('knows an empty list once its first (empty) page arrived', () => {
    const rows = withPage(emptyRows<string>(10), 0, 0, []);
    expect(rows.known).toBe(true);
    expect(rows.total).toBe(0);
  });

  it('takes the total from the newest page, and leaves the rows it was given untouched', () => {
    const before = withPage(emptyRows<string>(10), 0, 25, rowsOf(0, 10));
    const after = withPage(before, 1, 40, rowsOf(10, 10));
    expect(after.total).toBe(40);
    expect(before.total).toBe(25);
    expect(rowAt(before, 10)).toBeUndefined();
    // The page that was already there is shared, not copied.
    expect(after.pages[0]).toBe(before.pages[0]);
  });

  it('replaces a page fetched again', () => {
    let rows = withPage(emptyRows<string>(10), 0, 10, rowsOf(0, 10));
    rows = withPage(rows, 0, 3, ['a', 'b', 'c']);
    expect(rowAt(rows, 0)).toBe('a');
    expect(rowAt(rows, 5)).toBeUndefined();
    expect(rows.total).toBe(3);
  });
});

describe('missingPages', () => {
  const loaded = (pages: number[], total: number): PagedRows<string> =>
    pages.reduce((rows, page) => withPage(rows, page, total, rowsOf(page * 10, 10)), emptyRows<string>(10));

  it('asks for every page covering the visible rows of a list not loaded yet', () => {
    expect(missingPages(emptyRows<string>(10), 0, 9, none)).toEqual([0]);
    expect(missingPages(emptyRows<string>(10), 5, 34, none)).toEqual([0, 1, 2, 3]);
  });

  it('skips pages already loaded or already on their way', () => {
    expect(missingPages(loaded([0, 2], 100), 0, 49, none)).toEqual([1, 3, 4]);
    expect(missingPages(loaded([0, 2], 100), 0, 49, new Set([3]))).toEqual([1, 4]);
    expect(missingPages(loaded([0, 1], 100), 0, 19, none)).toEqual([]);
  });

  it('never asks for pages past the end of a list of known size', () => {
    expect(missingPages(loaded([0], 25), 0, 500, none)).toEqual([1, 2]);
    expect(missingPages(loaded([0], 20), 0, 500, none)).toEqual([1]);
  });

  it('treats a range starting above the top as starting at the top', () => {
    expect(missingPages(emptyRows<string>(10), -15, 12, none)).toEqual([0, 1]);
  });

  it('asks for nothing when the range is empty', () => {
    expect(missingPages(emptyRows<string>(10), 30, 10, none)).toEqual([]);
  });
});

describe('updateRows', () => {
  const rows = withPage(
    withPage(emptyRows<{ id: number; read: boolean }>(2), 0, 4, [
      { id: 1, read: false },
      { id: 2, read: false },
    ]),
    1,
    4,
    [
      { id: 3, read: false },
      { id: 4, read: false },
    ],
  );

  it('changes the matching row and keeps every other page and row as it was', () => {
    const next = updateRows(rows, (row) => (row.id === 3 ? { ...row, read: true } : row));
    expect(rowAt(next, 2)).toEqual({ id: 3, read: true });
    expect(rowAt(next, 3)).toBe(rowAt(rows, 3));
    expect(next.pages[0]).toBe(rows.pages[0]);
    expect(next.total).toBe(4);
    expect(rowAt(rows, 2)).toEqual({ id: 3, read: false });
  });

  it('returns the same list when no row changed', () => {
    expect(updateRows(rows, (row) => row)).toBe(rows);
    expect(updateRows(rows, (row) => (row.id === 99 ? { ...row, read: true } : row))).toBe(rows);
  });
});
