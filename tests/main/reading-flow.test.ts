// The service side of working down the unread: marking a view or search read with undo, the
// next unread across sources, hiding read articles, sources renamed, merged, hidden and
// removed (with undo until close), the session kept across a restart, and each article's language.
import { describe, expect, it } from 'vitest';
import { feedCapture, writeFiles } from '../helpers/article-files';
import { editLibraryDb } from '../helpers/corpus-library';
import { openService } from '../helpers/open-service';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const all = { kind: 'all' } as const;
const DAY = 86_400_000;

/** Three sources (named by their folders), two articles each, dated so newest-first is a1, a2, b1, b2, c1, c2. */
function archive(): string {
  const root = tempDir();
  const t0 = 1_700_000_000_000;
  writeFiles(root, {
    '甲报/a1.txt': feedCapture('甲一 这是简体中文的文章', null, '<p>我们说这个问题很重要，这些国家应该关注。</p>', t0 + 6 * DAY),
    '甲报/a2.txt': feedCapture('甲二', null, '<p>这是第二篇文章，关于经济发展。</p>', t0 + 5 * DAY),
    '乙報/b1.txt': feedCapture(
      '乙一 這是繁體中文的文章',
      null,
      '<p>臺灣的記者們說這個選舉很熱鬧，總統候選人們在廣場上發表演講。</p>',
      t0 + 4 * DAY,
    ),
    '乙報/b2.txt': feedCapture('乙二', null, '<p>香港的讀者們對這本書的評價很高，書店門口排起了長隊。</p>', t0 + 3 * DAY),
    'Gamma/c1.txt': feedCapture('Gamma one', null, '<p>The river and the city, and the people of the valley.</p>', t0 + 2 * DAY),
    'Gamma/c2.txt': feedCapture('Gamma two', null, '<p>The rain came to the valley and the farmers were glad of it.</p>', t0 + DAY),
  });
  return root;
}

async function titles(
  service: Awaited<ReturnType<typeof openService>>,
  view = all as Parameters<typeof service.listArticles>[0]['view'],
  unreadOnly = false,
) {
  return (await service.listArticles({ view, sort: 'newest', offset: 0, limit: 50, unreadOnly })).rows.map((r) => r.title.split(' ')[0]);
}

async function searchTitles(service: Awaited<ReturnType<typeof openService>>, query: string) {
  const result = await service.search({ query, view: all, sort: 'date', offset: 0, limit: 50 });
  return result.hits.map((h) => h.title.split(' ')[0]);
}

describe('reading flow', () => {
  it('marks a view, a source or search results read, and undoes each', async () => {
    const service = await openService(tempDir());
    await service.importFolders([archive()]);
    const sources = (await service.getOverview()).sources;
    const yi = sources.find((s) => s.name === '乙報');

    const source = await service.markRead({ view: { kind: 'source', sourceId: yi?.id ?? 0 } });
    expect(source.changed).toBe(2);
    expect((await service.getOverview()).sources.find((s) => s.name === '乙報')?.unread).toBe(0);
    expect(await titles(service, all, true)).toEqual(['甲一', '甲二', 'Gamma', 'Gamma']);

    const searched = await service.markRead({ view: all, query: 'valley' });
    expect(searched.changed).toBe(2);
    expect((await service.getOverview()).unread).toBe(2);

    expect(await service.undo({ token: searched.undoToken ?? 0 })).toEqual({ undone: true });
    expect(await service.undo({ token: searched.undoToken ?? 0 })).toEqual({ undone: false });
    const everything = await service.markRead({ view: all });
    expect(everything.changed).toBe(4);
    expect((await service.getOverview()).unread).toBe(0);
    await service.undo({ token: everything.undoToken ?? 0 });
    await service.undo({ token: source.undoToken ?? 0 });
    expect((await service.getOverview()).unread).toBe(6);
    await service.close();
  });

  it('finds the next and previous unread in the list, then in the next source with any', async () => {
    const service = await openService(tempDir());
    await service.importFolders([archive()]);
    const rows = (await service.listArticles({ view: all, sort: 'newest', offset: 0, limit: 50 })).rows;
    const id = (prefix: string) => rows.find((r) => r.title.startsWith(prefix))?.id ?? 0;

    await service.setArticleState({ ids: [id('甲二'), id('乙一')], read: true });
    expect((await service.nextUnread({ view: all, sort: 'newest', fromId: id('甲一'), direction: 'next' })).target).toEqual({
      id: id('乙二'),
      view: all,
    });
    expect((await service.nextUnread({ view: all, sort: 'newest', fromId: id('乙二'), direction: 'previous' })).target?.id).toBe(
      id('甲一'),
    );

    expect((await service.locateArticle({ view: all, sort: 'newest', id: id('乙二') })).position).toBe(3);
    expect((await service.locateArticle({ view: all, sort: 'newest', id: id('乙二'), unreadOnly: true })).position).toBe(1);
    // In a source, n goes on to the next source (library-pane order) with unread articles, round to the first.
    const pane = (await service.getOverview()).sources.map((s) => ({ kind: 'source', sourceId: s.id }) as const);
    const [first, second, third] = pane as [(typeof pane)[0], (typeof pane)[0], (typeof pane)[0]];
    const lastOf = async (view: (typeof pane)[0]) =>
      (await service.listArticles({ view, sort: 'newest', offset: 1, limit: 1 })).rows[0]?.id ?? 0;
    const firstUnreadOf = async (view: (typeof pane)[0]) =>
      (await service.listArticles({ view, sort: 'newest', offset: 0, limit: 2, unreadOnly: true })).rows[0]?.id ?? 0;
    await service.markRead({ view: second });
    const fromFirst = await service.nextUnread({ view: first, sort: 'newest', fromId: await lastOf(first), direction: 'next' });
    expect(fromFirst.target).toEqual({ id: await firstUnreadOf(third), view: third });
    const fromThird = await service.nextUnread({ view: third, sort: 'newest', fromId: await lastOf(third), direction: 'next' });
    expect(fromThird.target).toEqual({ id: await firstUnreadOf(first), view: first });

    await service.markRead({ view: all });
    expect((await service.nextUnread({ view: first, sort: 'newest', fromId: null, direction: 'next' })).target).toBeNull();
    await service.close();
  });

  it('renames, hides and merges sources, and keeps those choices across a re-import', async () => {
    const dir = tempDir();
    const root = archive();
    let service = await openService(dir);
    await service.importFolders([root]);
    const byName = new Map((await service.getOverview()).sources.map((s) => [s.name, s.id]));

    expect(await service.updateSource({ sourceId: byName.get('Gamma') ?? 0, name: 'Gamma Daily' })).toEqual({ changed: true });
    expect((await service.listArticles({ view: all, sort: 'oldest', offset: 0, limit: 1 })).rows[0]?.source).toBe('Gamma Daily');
    // A source: filter takes the name the library pane shows, as well as the one import gave.
    expect(await searchTitles(service, 'valley source:"Gamma Daily"')).toEqual(['Gamma', 'Gamma']);
    expect(await searchTitles(service, 'valley source:Gamma')).toEqual(['Gamma', 'Gamma']);
    await service.updateSource({ sourceId: byName.get('Gamma') ?? 0, hidden: true });
    expect(await titles(service)).toEqual(['甲一', '甲二', '乙一', '乙二']);
    expect((await service.getOverview()).total).toBe(4);

    expect(await service.mergeSources({ from: byName.get('乙報') ?? 0, into: byName.get('甲报') ?? 0 })).toEqual({ merged: 2 });
    const overview = await service.getOverview();
    expect(overview.sources.map((s) => [s.name, s.count, s.hidden, s.merged]).sort()).toEqual([
      ['Gamma Daily', 2, true, []],
      ['甲报', 4, false, ['乙報']],
    ]);
    expect(await titles(service, { kind: 'source', sourceId: byName.get('甲报') ?? 0 })).toEqual(['甲一', '甲二', '乙一', '乙二']);
    expect(await searchTitles(service, '文章 source:甲报')).toEqual(['甲一', '甲二', '乙一']);
    await service.close();

    writeFiles(root, { '乙報/b3.txt': feedCapture('乙三', null, '<p>新的文章。</p>') });
    service = await openService(dir);
    await service.importFolders([root]);
    const again = await service.getOverview();
    expect(again.sources.map((s) => [s.name, s.count]).sort()).toEqual([
      ['Gamma Daily', 2],
      ['甲报', 5],
    ]);
    await service.close();
  });

  it('sets a source’s articles aside, brings them back on undo, and removes them for good at close', async () => {
    const dir = tempDir();
    let service = await openService(dir);
    await service.importFolders([archive()]);
    const gamma = (await service.getOverview()).sources.find((s) => s.name === 'Gamma')?.id ?? 0;

    const first = await service.removeSource({ sourceId: gamma });
    expect(first.removed).toBe(2);
    expect((await service.getOverview()).total).toBe(4);
    expect((await service.search({ query: 'valley', view: all, sort: 'relevance', offset: 0, limit: 10 })).total).toBe(0);
    await service.undo({ token: first.undoToken ?? 0 });
    expect((await service.search({ query: 'valley', view: all, sort: 'relevance', offset: 0, limit: 10 })).total).toBe(2);

    await service.removeSource({ sourceId: gamma });
    await service.close();
    service = await openService(dir);
    expect((await service.getOverview()).sources.map((s) => s.name).sort()).toEqual(['乙報', '甲报']);
    expect((await service.getStats()).articles).toBe(4);
    await service.close();
  });

  it('keeps the session and the reading settings across a restart; damaged values fall back', async () => {
    const dir = tempDir();
    let service = await openService(dir);
    expect(await service.getSession()).toEqual({ view: all, sort: 'newest', articleId: null, scroll: 0, hideRead: [] });
    const session = { view: { kind: 'source', sourceId: 2 }, sort: 'oldest', articleId: 5, scroll: 0.4, hideRead: ['source:2'] } as const;
    await service.saveSession({ ...session, hideRead: [...session.hideRead] });
    await service.updateSettings({ lineHeight: 2.1, columnWidth: 30, readingFont: 'serif', justify: true, fontSize: 24 });
    await service.close();

    service = await openService(dir);
    expect(await service.getSession()).toEqual(session);
    expect(await service.getSettings()).toMatchObject({
      lineHeight: 2.1,
      columnWidth: 30,
      readingFont: 'serif',
      justify: true,
      fontSize: 24,
    });
    service.library.state.putSetting('session', '{"view":{"kind":"nope"}}');
    service.library.state.putSetting('lineHeight', '9');
    expect((await service.getSession()).view).toEqual(all);
    expect((await service.getSettings()).lineHeight).toBe(1.8);
    await service.close();
  });

  it('records each article’s language at import, and works it out for articles stored without one', async () => {
    const dir = tempDir();
    let service = await openService(dir);
    await service.importFolders([archive()]);
    const rows = (await service.listArticles({ view: all, sort: 'newest', offset: 0, limit: 50 })).rows;
    expect(rows.map((r) => [r.title.split(' ')[0], r.lang])).toEqual([
      ['甲一', 'zh-Hans'],
      ['甲二', 'zh-Hans'],
      ['乙一', 'zh-Hant'],
      ['乙二', 'zh-Hant'],
      ['Gamma', 'en'],
      ['Gamma', 'en'],
    ]);
    // An article from a library made before languages were recorded.
    const b1 = rows[2]?.id ?? 0;
    await service.close();
    await editLibraryDb(dir, (db) => db.run('UPDATE articles SET lang = NULL WHERE id = ?', [b1]));
    service = await openService(dir);
    expect((await service.listArticles({ view: all, sort: 'newest', offset: 2, limit: 1 })).rows[0]?.lang).toBeNull();
    expect((await service.getArticle({ id: b1 })).lang).toBe('zh-Hant');
    await service.close();
  });
});
