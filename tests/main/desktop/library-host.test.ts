// The library the app shows: the user's own, the sample, and moving the user's library.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FolioEvent } from '../../../src/shared/contract';
import { AppConfigFile } from '../../../src/main/desktop/app-config';
import { LibraryHost, MOVED_LIBRARY_NAME } from '../../../src/main/desktop/library-host';
import type { HostOptions } from '../../../src/main/desktop/library-host';
import { LibraryService } from '../../../src/main/service';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const SAMPLE = resolve('resources/sample-library');
const FEED = resolve('tests/fixtures/feed-capture');

async function openHost(overrides: Partial<HostOptions> = {}) {
  const userDataDir = tempDir();
  const events: FolioEvent[] = [];
  const config = new AppConfigFile(join(userDataDir, 'folio-config.json'));
  const host = await LibraryHost.open({
    version: '1.2.3',
    userDataDir,
    config,
    log: null,
    sampleArticles: SAMPLE,
    openService: (dir, { readOnly, quiet }) =>
      LibraryService.open({ dir, readOnly, workerFile: null, imageUrl: (id) => id, emit: quiet ? () => undefined : (e) => events.push(e) }),
    emit: (event) => events.push(event),
    ...overrides,
  });
  return { host, events, userDataDir, config };
}

async function importInto(host: LibraryHost, folder: string): Promise<void> {
  await host.service.startImport({ paths: [folder] });
  await host.current().whenIdle();
}

describe('the sample library', () => {
  it('opens in place of the user’s library, with articles in every format and language, and fixed content', async () => {
    const { host, events, userDataDir } = await openHost();
    await importInto(host, FEED);
    const own = await host.service.getOverview({});
    const info = await host.openSampleLibrary();
    expect(info).toMatchObject({ sample: true, sampleAvailable: true, libraryDir: join(userDataDir, 'library') });
    expect(events).toContainEqual({ type: 'library-switched' });
    const sample = await host.service.getOverview({});
    expect(sample.total).toBe(7);
    // Simplified finds Traditional; English finds the saved page.
    const hits = await host.service.search({ query: '图书馆', view: { kind: 'all' }, sort: 'relevance', offset: 0, limit: 10 });
    expect(hits.hits.map((h) => h.title)).toContain('山城舊書店的最後一個夏天');
    const page = await host.service.search({ query: 'reading room', view: { kind: 'all' }, sort: 'relevance', offset: 0, limit: 10 });
    expect(page.hits.map((h) => h.title)).toContain('Riverside library opens its reading room at night');
    // Its articles cannot be removed; reading marks work, and go with the sample.
    await expect(host.service.removeArticles({ ids: [hits.hits[0]!.id] })).rejects.toThrow(/cannot be removed/);
    expect(await host.service.setArticleState({ ids: [hits.hits[0]!.id], starred: true })).toEqual({ changed: 1 });
    // Settings are the reader's: they go to (and come from) the user's own library.
    await host.service.updateSettings({ theme: 'dark' });
    await host.closeSampleLibrary();
    expect((await host.service.getSettings({})).theme).toBe('dark');
    expect(await host.service.getOverview({})).toEqual(own);
    expect(existsSync(join(userDataDir, 'sample-library'))).toBe(false);
    await host.openSampleLibrary();
    expect((await host.service.getOverview({})).starred).toBe(0);
    await host.close();
  });

  it('shows its pictures with their captions', async () => {
    const { host } = await openHost();
    await host.openSampleLibrary();
    const { rows } = await host.service.listArticles({ view: { kind: 'all' }, sort: 'newest', offset: 0, limit: 50 });
    const tide = rows.find((row) => row.title.includes('潮汐牌'))!;
    const article = await host.service.getArticle({ id: tide.id });
    expect(article.images).toEqual([expect.objectContaining({ caption: expect.stringContaining('潮汐表') })]);
    expect(host.imageFile(article.images[0]!.id!)).toMatchObject({ mime: 'image/png' });
    await host.close();
  });

  it('is left when the user imports a folder: the import goes to their own library', async () => {
    const { host, userDataDir } = await openHost();
    await host.openSampleLibrary();
    await importInto(host, FEED);
    expect((await host.getAppInfo()).sample).toBe(false);
    expect((await host.service.getOverview({})).total).toBe(readdirSync(FEED).length);
    expect(existsSync(join(userDataDir, 'sample-library'))).toBe(false);
    await host.close();
  });

  it('left behind by a crash is removed at the next start', async () => {
    const userDataDir = tempDir();
    mkdirSync(join(userDataDir, 'sample-library'));
    writeFileSync(join(userDataDir, 'sample-library', 'library.db'), 'left over');
    const { host } = await openHost({ userDataDir, config: new AppConfigFile(join(userDataDir, 'c.json')) });
    expect(existsSync(join(userDataDir, 'sample-library'))).toBe(false);
    await host.close();
  });
});

describe('moving the library', () => {
  it('copies, verifies, switches and removes the old folder, reporting progress; everything is still there', async () => {
    const { host, events, userDataDir, config } = await openHost();
    await importInto(host, FEED);
    const before = await host.service.getOverview({});
    const target = tempDir();
    const { libraryDir } = await host.moveLibrary({ path: target });
    expect(libraryDir).toBe(join(target, MOVED_LIBRARY_NAME));
    expect(config.get().libraryDir).toBe(libraryDir);
    expect((await host.getAppInfo()).libraryDir).toBe(libraryDir);
    expect(existsSync(join(userDataDir, 'library'))).toBe(false);
    expect(await host.service.getOverview({})).toEqual(before);
    const hits = await host.service.search({ query: '习近平', view: { kind: 'all' }, sort: 'relevance', offset: 0, limit: 5 });
    expect(hits.total).toBeGreaterThan(0);
    const phases = events.flatMap((e) => (e.type === 'library-move-progress' ? [e.progress.phase] : []));
    expect([...new Set(phases)]).toEqual(['copying', 'verifying', 'removing-old']);
    const copying = events.flatMap((e) => (e.type === 'library-move-progress' && e.progress.phase === 'copying' ? [e.progress] : []));
    expect(copying.at(-1)!.doneBytes).toBe(copying.at(-1)!.totalBytes);
    expect(events.at(-1)).toEqual({ type: 'library-switched' });
    await host.close();
  });

  it('refuses a target inside the library, or a non-empty Folio Library folder, and keeps the library open', async () => {
    const { host, userDataDir } = await openHost();
    await importInto(host, FEED);
    await expect(host.moveLibrary({ path: join(userDataDir, 'library', 'images') })).rejects.toThrow(/outside the library/);
    const target = tempDir();
    mkdirSync(join(target, MOVED_LIBRARY_NAME));
    writeFileSync(join(target, MOVED_LIBRARY_NAME, 'notes.txt'), 'mine');
    await expect(host.moveLibrary({ path: target })).rejects.toThrow(/not empty/);
    expect((await host.service.getOverview({})).total).toBe(readdirSync(FEED).length);
    await host.close();
  });

  it('goes back to the original, losing nothing, when the copy cannot be opened', async () => {
    const target = tempDir();
    const failing = (dir: string, options: { readOnly: boolean; quiet: boolean }) => {
      if (dir.startsWith(target)) throw new Error('disk unplugged');
      return LibraryService.open({ dir, ...options, workerFile: null, imageUrl: (id) => id, emit: () => undefined });
    };
    const { host, userDataDir, config } = await openHost({ openService: async (dir, options) => failing(dir, options) });
    await importInto(host, FEED);
    const before = await host.service.getOverview({});
    await expect(host.moveLibrary({ path: target })).rejects.toThrow('disk unplugged');
    expect(config.get().libraryDir).toBeUndefined();
    expect(existsSync(join(target, MOVED_LIBRARY_NAME))).toBe(false);
    expect(existsSync(join(userDataDir, 'library', 'library.db'))).toBe(true);
    expect(await host.service.getOverview({})).toEqual(before);
    await host.close();
  });

  it('answers with a clear error, not a crash, while the library is being moved', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { host } = await openHost({
      openService: async (dir, options) => {
        if (dir.endsWith(MOVED_LIBRARY_NAME)) await gate;
        return LibraryService.open({ dir, ...options, workerFile: null, imageUrl: (id) => id, emit: () => undefined });
      },
    });
    const moving = host.moveLibrary({ path: tempDir() });
    await expect
      .poll(() =>
        host.service.getOverview({}).then(
          () => 'open',
          (error: Error) => error.message,
        ),
      )
      .toMatch(/being moved/);
    release();
    await moving;
    expect((await host.service.getOverview({})).total).toBe(0);
    await host.close();
  });
});
