// A damaged library.db never wipes the library: it falls back to its previous
// copy (never the empty library written at creation), says so, and deletes
// nothing; with no good copy left it refuses to open instead of starting afresh.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedCapture, writeFiles } from '../../helpers/article-files';
import { DAMAGES, damage, filesUnder, lostFiles } from '../../helpers/damage';
import { closedLibraryWithFeed } from '../../helpers/corpus-library';
import { openService } from '../../helpers/open-service';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const all = { kind: 'all' } as const;

type Service = Awaited<ReturnType<typeof openService>>;
const search = (service: Service, query: string) => service.search({ query, view: all, sort: 'relevance', offset: 0, limit: 50 });

/** A library after one import of the feed fixture (its only commit with articles), closed. */
const importedOnce = (): Promise<string> => closedLibraryWithFeed(tempDir);

describe('a damaged library.db', () => {
  it.each(DAMAGES)(
    '%s after the first import: the previous copy holds every article, the fallback is reported, nothing is deleted',
    async (how) => {
      const dir = await importedOnce();
      damage(join(dir, 'library.db'), how);
      const before = filesUnder(dir);

      const service = await openService(dir);
      const overview = await service.getOverview();
      expect(overview.total).toBe(2);
      expect(overview.notices).toEqual([
        expect.objectContaining({
          kind: 'fallback',
          file: 'library.db',
          message: expect.stringMatching(/library\.db .*previous copy/) as unknown,
        }),
      ]);
      expect((await search(service, '普京')).total).toBe(2);
      await service.close();

      const after = filesUnder(dir);
      expect(lostFiles(before, after).filter((f) => !f.startsWith('library.db'))).toEqual([]);
    },
  );

  it('keeps a good previous copy when the library is written after a fallback', async () => {
    const dir = await importedOnce();
    damage(join(dir, 'library.db'), 'empty');
    let service = await openService(dir);
    const root = tempDir();
    writeFiles(root, { 'extra.txt': feedCapture('Extra', 'https://example.com/extra', '<p>额外的文章。</p>') });
    await service.importFolders([root]);
    expect((await service.getOverview()).total).toBe(3);
    await service.close();

    // The damaged file was never made the previous copy: damaging the new library.db loses only the last import.
    damage(join(dir, 'library.db'), 'byte-flipped');
    service = await openService(dir);
    expect((await service.getOverview()).total).toBeGreaterThanOrEqual(2);
    expect((await search(service, '普京')).total).toBe(2);
    await service.close();
  });

  it('refuses to open when library.db and its previous copy are both damaged, and deletes nothing', async () => {
    const dir = await importedOnce();
    damage(join(dir, 'library.db'), 'byte-flipped');
    damage(join(dir, 'library.db.prev'), 'empty');
    const before = filesUnder(dir);

    await expect(openService(dir)).rejects.toMatchObject({
      code: 'library-unreadable',
      message: expect.stringMatching(
        /library\.db is damaged.*previous copy \(library\.db\.prev\) is empty.*Nothing was deleted/s,
      ) as unknown,
    });
    await expect(openService(dir, [], true)).rejects.toMatchObject({ code: 'library-unreadable' });
    expect(filesUnder(dir)).toEqual(before);
  });

  it('is not treated as a new library when library.db is missing or empty and there is no previous copy', async () => {
    for (const how of ['missing', 'empty'] as const) {
      const dir = await importedOnce();
      rmSync(join(dir, 'library.db.prev'), { force: true });
      damage(join(dir, 'library.db'), how);
      const before = filesUnder(dir);
      await expect(openService(dir)).rejects.toMatchObject({
        code: 'library-unreadable',
        message: expect.stringMatching(/Nothing was deleted/) as unknown,
      });
      expect(filesUnder(dir)).toEqual(before);
    }
  });

  it('creates a library in an empty folder, and in one holding only files that are not a library', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const service = await openService(dir);
    expect((await service.getOverview()).notices).toEqual([]);
    await service.close();
    expect(existsSync(join(dir, 'library.db'))).toBe(true);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });
});
