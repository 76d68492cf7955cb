// The store's guards against answers that arrive late: a search typed over, an article
// clicked past, a view left before its list came back. Each must leave the screen showing
// what was asked for last, whatever order the service answers in. And no action rejects:
// a failure ends as a notice, which is why callers may start actions without awaiting them.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { CHANNELS } from '../../../src/shared/contract';
import type { Channel, Responses } from '../../../src/shared/contract';
import type { ArticleDetail, ArticleSummary, SearchHit, SearchResult } from '../../../src/shared/model';
import { rowAt } from '../../../src/renderer/src/state/paged-rows';
import type { FolioState, SliceCreator } from '../../../src/renderer/src/state/store-types';

interface Call {
  channel: Channel | 'dropFolders';
  request: Record<string, unknown>;
  answer(value: unknown): void;
  fail(message: string): void;
}

/** A window.folio whose every answer waits until the test gives it, in whatever order. */
function installBridge(): Call[] {
  const calls: Call[] = [];
  const bridge: Record<string, unknown> = { onEvent: () => () => undefined };
  for (const channel of [...CHANNELS, 'dropFolders' as const]) {
    bridge[channel] = (request: Record<string, unknown>) =>
      new Promise((resolve) => {
        calls.push({
          channel,
          request,
          answer: (value) => resolve({ ok: true, value }),
          fail: (message) => resolve({ ok: false, error: { code: 'internal', message } }),
        });
      });
  }
  const storage = new Map<string, string>();
  const localStorage = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) };
  Object.assign(globalThis, { window: { folio: bridge }, localStorage });
  return calls;
}

/** Lets answered calls reach the store (their callbacks run on the microtask queue). */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const summary = (id: number, title: string): ArticleSummary => ({
  id,
  title,
  source: 'example.org',
  sourceId: 1,
  date: '2024-01-01T00:00:00.000Z',
  dateKind: 'instant',
  read: true,
  starred: false,
  lang: 'zh-Hans',
});
const detail = (id: number, title: string): ArticleDetail => ({
  ...summary(id, title),
  url: null,
  author: null,
  path: `/a/${id}.txt`,
  encoding: 'utf-8',
  format: 'plain-text',
  html: `<p>${title}</p>`,
  images: [],
  remoteImages: 0,
  imageFailures: {},
  matchCount: 0,
  titleHighlights: [],
});
const searchResult = (query: string): SearchResult => {
  const title = `${query} result`;
  const found = { url: null, path: '/a/1.txt', snippet: title, highlights: [], titleHighlights: [], score: 1 };
  const hit: SearchHit = { ...summary(1, title), ...found };
  return {
    total: 1,
    hits: [hit],
    query: { terms: [query], excluded: [], filters: [], warnings: [] },
    elapsedMs: 1,
    headlines: [],
    didYouMean: null,
  };
};
const overview: Responses['getOverview'] = { total: 2, unread: 0, starred: 0, sources: [], notices: [] };
const opened = (id: number, title: string): Responses['openArticle'] => ({ article: detail(id, title), overview });
const page = (title: string): Responses['listArticles'] => ({ total: 1, offset: 0, rows: [summary(1, title)] });

let calls: Call[] = [];
let store: StoreApi<FolioState>;
let createFolioState: SliceCreator<FolioState>;
const state = () => store.getState();
const pending = (channel: Channel | 'dropFolders') => calls.filter((c) => c.channel === channel);

beforeAll(async () => {
  installBridge();
  // Imported once window and localStorage exist: the app's own store is made at import.
  ({ createFolioState } = await import('../../../src/renderer/src/state/store'));
});

beforeEach(() => {
  calls = installBridge();
  store = createStore<FolioState>()(createFolioState);
});

describe('search: an answer to an older query never replaces a newer one', () => {
  const search = (query: string) => {
    state().setQuery(query, false);
    return state().runSearch();
  };

  it('shows the newer results when the older answer comes last', async () => {
    const done = [search('普京'), search('习近平')];
    const [older, newer] = pending('search');
    newer?.answer(searchResult('习近平'));
    await settle();
    older?.answer(searchResult('普京'));
    await Promise.all(done);
    expect(state().searchedQuery).toBe('习近平');
    expect(rowAt(state().results, 0)?.title).toBe('习近平 result');
    expect(state().summary?.terms).toEqual(['习近平']);
    expect(state().searching).toBe(false);
  });

  it('searches each keystroke at once, and the screen ends on the answer for the last one', async () => {
    for (const typed of ['习', '习近', '习近平']) state().setQuery(typed);
    const sent = pending('search');
    // No typing delay: every keystroke is asked at once (the worker cancels the older ones).
    expect(sent.map((c) => c.request.query)).toEqual(['习', '习近', '习近平']);
    for (const call of [...sent].reverse()) {
      call.answer(searchResult(call.request.query as string));
      await settle();
    }
    expect(state().searchedQuery).toBe('习近平');
    expect(rowAt(state().results, 0)?.title).toBe('习近平 result');
  });

  it('keeps searching for the newer query when the older one fails meanwhile, and says nothing of that failure', async () => {
    const done = [search('普京'), search('习近平')];
    const [older, newer] = pending('search');
    older?.fail('the older search failed');
    await settle();
    expect(state().searching).toBe(true);
    expect(state().notices).toEqual([]);
    newer?.answer(searchResult('习近平'));
    await Promise.all(done);
    expect(rowAt(state().results, 0)?.title).toBe('习近平 result');
  });
});

describe('reader: the article opened last is the one shown', () => {
  it('drops an older article that arrives after the newer one', async () => {
    const done = [state().openArticle(1), state().openArticle(2)];
    const [first, second] = pending('openArticle');
    expect(state().openingId).toBe(2);
    second?.answer(opened(2, 'second'));
    await settle();
    first?.answer(opened(1, 'first'));
    await Promise.all(done);
    expect(state().article?.title).toBe('second');
    expect(state().openingId).toBeNull();
  });

  it('still shows the newer article as opening when the older one fails', async () => {
    const done = [state().openArticle(1), state().openArticle(2)];
    pending('openArticle')[0]?.fail('gone');
    await settle();
    expect(state().openingId).toBe(2);
    pending('openArticle')[1]?.answer(opened(2, 'second'));
    await Promise.all(done);
    expect(state().article?.title).toBe('second');
  });
});

describe('list: the view chosen last is the one listed', () => {
  it('drops the list of a view that was left before it arrived', async () => {
    state().selectView({ kind: 'unread' });
    state().selectView({ kind: 'starred' });
    const [unread, starred] = pending('listArticles');
    expect(unread?.request.view).toEqual({ kind: 'unread' });
    starred?.answer(page('a starred article'));
    await settle();
    unread?.answer(page('an unread article'));
    await settle();
    expect(rowAt(state().list, 0)?.title).toBe('a starred article');
  });
});

describe('actions', () => {
  it('never reject: every failure becomes a notice', async () => {
    const s = state();
    s.setQuery('普京', false);
    const actions: [string, () => Promise<void>][] = [
      ['initialise', () => s.initialise()],
      ['loadOverview', () => s.loadOverview()],
      ['reloadList', () => s.reloadList()],
      ['runSearch', () => s.runSearch()],
      ['openArticle', () => s.openArticle(1)],
      ['setArticleState', () => s.setArticleState([1], { read: true })],
      ['openLink', () => s.openLink('https://example.org/')],
      ['importFolders', () => s.importFolders()],
      ['importDropped', () => s.importDropped([])],
      ['loadSettings', () => s.loadSettings()],
      ['updateSettings', () => s.updateSettings({ theme: 'dark' })],
      ['loadHistory', () => s.loadHistory()],
      ['clearHistory', () => s.clearHistory()],
      ['refreshLibrary', () => s.refreshLibrary()],
      ['loadAppInfo', () => s.loadAppInfo()],
      ['openSample', () => s.openSample()],
      ['closeSample', () => s.closeSample()],
      ['moveLibrary', () => s.moveLibrary()],
      ['onLibrarySwitched', () => s.onLibrarySwitched()],
    ];
    for (const [name, action] of actions) {
      const done = action();
      // Fail every call the action makes, including those it makes after an earlier one failed.
      for (let i = 0; i < 5; i++) {
        for (const call of calls.splice(0)) call.fail(`${name} failed`);
        await settle();
      }
      await expect(done, name).resolves.toBeUndefined();
      expect(
        state().notices.map((n) => n.message),
        name,
      ).toContain(`${name} failed`);
    }
  });
});
