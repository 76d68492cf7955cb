// The page loader behind the article list and the search results: scrolling fetches each page
// once, answers for a list that was since replaced never show, and a reload swaps the rows
// in one step instead of blanking the list.
import { describe, expect, it } from 'vitest';
import { createPageLoader } from '../../../src/renderer/src/state/page-loader';
import { emptyRows, rowAt } from '../../../src/renderer/src/state/paged-rows';
import type { PagedRows } from '../../../src/renderer/src/state/paged-rows';

const PAGE = 10;

interface Request {
  offset: number;
  limit: number;
  resolve(answer: { total: number; rows: readonly string[] }): void;
  reject(error: unknown): void;
}

/**
 * A list held the way the store holds it, over a service whose answers arrive only when
 * the test says so (in any order). `replace()` is what a new view, sort or query does.
 */
function harness(total = 95) {
  const state = { rows: emptyRows<string>(PAGE), generation: 0, stores: 0, errors: [] as unknown[] };
  const requests: Request[] = [];
  let version = 'v1';
  const loader = createPageLoader<string>({
    rows: () => state.rows,
    generation: () => state.generation,
    fetchPage: (offset, limit) =>
      new Promise((resolve, reject) => {
        requests.push({ offset, limit, resolve, reject });
      }),
    store: (rows: PagedRows<string>) => {
      state.rows = rows;
      state.stores++;
    },
    fail: (error) => state.errors.push(error),
  });
  /** Answers a request the way the service would for the current content of the list. */
  const answer = (request: Request) => {
    const count = Math.max(0, Math.min(request.limit, total - request.offset));
    request.resolve({ total, rows: Array.from({ length: count }, (_, i) => `${version} row ${request.offset + i}`) });
  };
  return {
    state,
    loader,
    requests,
    /** Offsets asked for so far, in order. */
    asked: () => requests.map((r) => r.offset),
    answer,
    answerAll: async () => {
      for (const r of requests.splice(0)) answer(r);
      await settle();
    },
    setContent(nextVersion: string, nextTotal: number) {
      version = nextVersion;
      total = nextTotal;
    },
    replace() {
      state.generation++;
    },
  };
}

/** Lets resolved fetches reach the store (promise callbacks run on the microtask queue). */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('createPageLoader: scrolling', () => {
  it('fetches the pages covering the visible rows, one page-sized request each', async () => {
    const h = harness();
    h.loader.ensure(0, 24);
    expect(h.asked()).toEqual([0, 10, 20]);
    expect(h.requests.every((r) => r.limit === PAGE)).toBe(true);
    await h.answerAll();
    expect(rowAt(h.state.rows, 0)).toBe('v1 row 0');
    expect(rowAt(h.state.rows, 24)).toBe('v1 row 24');
    expect(h.state.rows.total).toBe(95);
  });

  it('does not ask again for a page on its way or already shown', async () => {
    const h = harness();
    h.loader.ensure(0, 9);
    h.loader.ensure(0, 15);
    h.loader.ensure(5, 15);
    expect(h.asked()).toEqual([0, 10]);
    await h.answerAll();
    h.loader.ensure(0, 19);
    expect(h.requests).toEqual([]);
  });

  it('keeps every page when answers arrive out of order', async () => {
    const h = harness();
    h.loader.ensure(0, 29);
    const [first, second, third] = h.requests.splice(0);
    for (const r of [third, first, second]) if (r) h.answer(r);
    await settle();
    expect([0, 10, 20, 29].map((i) => rowAt(h.state.rows, i))).toEqual(['v1 row 0', 'v1 row 10', 'v1 row 20', 'v1 row 29']);
  });

  it('stops at the end of a list whose size is known', async () => {
    const h = harness(25);
    h.loader.ensure(0, 9);
    await h.answerAll();
    h.loader.ensure(0, 200);
    expect(h.asked()).toEqual([10, 20]);
  });

  it('reports a failed page and asks for it again on the next scroll', async () => {
    const h = harness();
    h.loader.ensure(0, 9);
    const failure = new Error('service gone');
    h.requests.splice(0)[0]?.reject(failure);
    await settle();
    expect(h.state.errors).toEqual([failure]);
    expect(h.state.rows.known).toBe(false);
    h.loader.ensure(0, 9);
    expect(h.asked()).toEqual([0]);
  });
});

describe('createPageLoader: a list replaced while pages are on their way', () => {
  it('drops rows and errors that belong to the old list', async () => {
    const h = harness();
    h.loader.ensure(0, 19);
    const [ok, failing] = h.requests.splice(0);
    h.replace();
    h.loader.reset(false);
    if (ok) h.answer(ok);
    failing?.reject(new Error('late'));
    await settle();
    expect(h.state.stores).toBe(0);
    expect(h.state.errors).toEqual([]);
  });

  it('fetches the new list from the service even for pages the old one still had in flight', async () => {
    const h = harness();
    h.loader.ensure(0, 9);
    const stale = h.requests.splice(0);
    h.replace();
    h.loader.reset(false);
    h.setContent('v2', 50);
    h.loader.ensure(0, 9);
    expect(h.asked()).toEqual([0]);
    await h.answerAll();
    for (const r of stale) h.answer(r);
    await settle();
    expect(rowAt(h.state.rows, 0)).toBe('v2 row 0');
    expect(h.state.rows.total).toBe(50);
  });
});

describe('createPageLoader: refetch', () => {
  it('reloads every page of the last visible range and swaps the rows in one step', async () => {
    const h = harness();
    h.loader.ensure(0, 9);
    h.loader.ensure(15, 34);
    await h.answerAll();
    const shownBefore = h.state.stores;
    h.setContent('v2', 95);
    h.replace();
    h.loader.reset(true);
    const done = h.loader.refetch();
    expect(h.asked()).toEqual([10, 20, 30]);
    // Until every page is back the reader still sees the old rows, not an empty list.
    h.answer(h.requests[0] as Request);
    await settle();
    expect(h.state.stores).toBe(shownBefore);
    expect(rowAt(h.state.rows, 15)).toBe('v1 row 15');
    await h.answerAll();
    await done;
    expect(h.state.stores).toBe(shownBefore + 1);
    expect([10, 20, 34].map((i) => rowAt(h.state.rows, i))).toEqual(['v2 row 10', 'v2 row 20', 'v2 row 34']);
    // Rows out of view are dropped rather than left stale; scrolling back fetches them anew.
    expect(rowAt(h.state.rows, 0)).toBeUndefined();
    h.loader.ensure(0, 9);
    expect(h.asked()).toEqual([0]);
  });

  it('starts again from the top after a reset that does not keep the position', async () => {
    const h = harness();
    h.loader.ensure(40, 59);
    await h.answerAll();
    h.replace();
    h.loader.reset(false);
    void h.loader.refetch();
    expect(h.asked()).toEqual([0]);
  });

  it('learns the new size of a list that shrank, and fetches its top once the old range is past its end', async () => {
    const h = harness();
    h.loader.ensure(40, 59);
    await h.answerAll();
    h.setContent('v2', 25);
    h.replace();
    h.loader.reset(true);
    await Promise.all([h.loader.refetch(), h.answerAll()]);
    expect(h.state.rows.total).toBe(25);

    h.replace();
    h.loader.reset(true);
    const done = h.loader.refetch();
    expect(h.asked()).toEqual([0]);
    await h.answerAll();
    await done;
    expect(rowAt(h.state.rows, 0)).toBe('v2 row 0');
  });

  it('knows a reloaded list became empty', async () => {
    const h = harness();
    h.loader.ensure(0, 9);
    await h.answerAll();
    h.setContent('v2', 0);
    h.replace();
    h.loader.reset(true);
    await Promise.all([h.loader.refetch(), h.answerAll()]);
    expect(h.state.rows.known).toBe(true);
    expect(h.state.rows.total).toBe(0);
    expect(rowAt(h.state.rows, 0)).toBeUndefined();
  });

  it('only asks for the pages of a list that are within its size', async () => {
    const h = harness(25);
    h.loader.ensure(0, 9);
    await h.answerAll();
    h.loader.ensure(0, 100);
    await h.answerAll();
    h.replace();
    h.loader.reset(true);
    void h.loader.refetch();
    expect(h.asked()).toEqual([0, 10, 20]);
  });

  it('shows nothing from a refetch overtaken by a newer list', async () => {
    const h = harness();
    h.loader.ensure(0, 9);
    await h.answerAll();
    const storesBefore = h.state.stores;
    const stale = h.loader.refetch();
    h.replace();
    h.setContent('v2', 95);
    await h.answerAll();
    await stale;
    expect(h.state.stores).toBe(storesBefore);
    expect(rowAt(h.state.rows, 0)).toBe('v1 row 0');
  });

  it('reports a failed refetch of the current list, and keeps its rows', async () => {
    const h = harness();
    h.loader.ensure(0, 9);
    await h.answerAll();
    const failing = h.loader.refetch();
    const failure = new Error('disk full');
    h.requests.splice(0)[0]?.reject(failure);
    await failing;
    expect(h.state.errors).toEqual([failure]);
    expect(rowAt(h.state.rows, 0)).toBe('v1 row 0');
  });

  it('stays silent about a failed refetch of a list since replaced', async () => {
    const h = harness();
    const failing = h.loader.refetch();
    h.replace();
    expect(h.asked()).toEqual([0]);
    h.requests.splice(0)[0]?.reject(new Error('late'));
    await failing;
    expect(h.state.errors).toEqual([]);
  });
});
