// Imported folders stay current: the library remembers them, a burst of changes in a
// watched folder (a `git pull`) becomes one incremental import, Refresh re-imports on
// request, `folio import` with no folder re-imports every known one, and a change seen
// while images download is imported after the download (the two never run at once).
import { rmSync, writeFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FolioEvent } from '../../../src/shared/contract';
import type { ImportReport } from '../../../src/shared/model';
import { LibraryService } from '../../../src/main/service';
import { feedCapture, writeFiles } from '../../helpers/article-files';
import { FAST_TUNING, writePictureArticles } from '../../helpers/image-library';
import { serve, startImageServer } from '../../helpers/image-server';
import type { Route } from '../../helpers/image-server';
import { makePng } from '../../helpers/png';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

function capture(i: number): string {
  return feedCapture(`Story ${i}`, `https://example.com/story/${i}`, `<p>第${i}篇报道的正文 marker${i}x。</p>`);
}

function finished(events: FolioEvent[]): ImportReport[] {
  return events.flatMap((e) => (e.type === 'import-finished' ? [e.report] : []));
}

/** Waits (generously: a loaded machine) until the n-th import has finished. */
async function nthImport(events: FolioEvent[], n: number): Promise<ImportReport> {
  for (let waited = 0; waited < 60_000; waited += 100) {
    const reports = finished(events);
    if (reports.length >= n) return reports[n - 1] as ImportReport;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`import ${n} never finished`);
}

/** A service that watches its folders, handing changes on after quietMs of quiet (and may download images from loopback servers). */
function watchingService(events: FolioEvent[], quietMs: number): Promise<LibraryService> {
  const watchFolders = { quietMs, maxWaitMs: 10_000 };
  const images = { localHosts: 'loopback', imageTuning: FAST_TUNING } as const;
  return LibraryService.open({
    dir: tempDir(),
    workerFile: null,
    imageUrl: (id) => id,
    emit: (e) => events.push(e),
    watchFolders,
    ...images,
  });
}

/** Waits (generously) until the condition holds. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > 60_000) throw new Error(`${what} never happened`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('folders stay current', () => {
  it('follows a burst of added, changed and deleted files with one import job', async () => {
    const root = tempDir();
    writeFiles(root, { 'feed/000.txt': capture(0), 'feed/001.txt': capture(1), 'feed/002.txt': capture(2) });
    const events: FolioEvent[] = [];
    const service = await watchingService(events, 400);
    try {
      await service.importFolders([root]);
      expect((await service.listFolders()).folders).toMatchObject([{ path: root, present: true }]);

      // A pull: forty new posts, one edited, one deleted, written over a moment.
      for (let i = 3; i < 43; i++) writeFileSync(join(root, 'feed', `${String(i).padStart(3, '0')}.txt`), capture(i));
      writeFileSync(join(root, 'feed/001.txt'), capture(1).replace('正文', '修改后的正文'));
      utimesSync(join(root, 'feed/001.txt'), new Date(), new Date(Date.now() + 5000));
      rmSync(join(root, 'feed/002.txt'));

      const report = await nthImport(events, 2);
      expect(report).toMatchObject({ trigger: 'watch', imported: 40, updated: 1, missing: [join(root, 'feed/002.txt')], error: null });
      // Settle: no further job follows for the same burst.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(finished(events)).toHaveLength(2);
      const overview = await service.getOverview();
      expect(overview.total).toBe(43); // the deleted file's article is kept
      expect(overview.unread).toBe(43);
      const search = await service.search({ query: 'marker42x', view: { kind: 'all' }, sort: 'relevance', offset: 0, limit: 5 });
      expect(search.total).toBe(1);
    } finally {
      await service.close();
    }
  });

  it('stops watching when the setting is off, and Refresh still imports', async () => {
    const root = tempDir();
    writeFiles(root, { 'a.txt': capture(0) });
    const events: FolioEvent[] = [];
    const service = await watchingService(events, 200);
    try {
      await service.importFolders([root]);
      await service.updateSettings({ watchFolders: false });
      writeFiles(root, { 'b.txt': capture(1) });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(finished(events)).toHaveLength(1);

      const { folders } = await service.listFolders();
      const { jobId } = await service.refreshFolders({ ids: [folders[0]?.id ?? 0] });
      expect(jobId).not.toBeNull();
      expect(await nthImport(events, 2)).toMatchObject({ trigger: 'user', imported: 1, unchanged: 1 });
    } finally {
      await service.close();
    }
  });

  it('imports a change seen while images download after the download, then downloads its images as the setting asks', async () => {
    let release = (): void => undefined;
    // The first article's image is held until the test lets it go: the download is running meanwhile.
    const held: Route = (req, res, hit) => {
      release = () => {
        release = () => undefined;
        serve(makePng({ width: 20, height: 20, seed: 1 }), 'image/png')(req, res, hit);
      };
    };
    const server = await startImageServer({
      '/held.png': held,
      '/new.png': serve(makePng({ width: 20, height: 20, seed: 2 }), 'image/png'),
    });
    const root = tempDir();
    writePictureArticles(root, [{ name: 'first', images: [{ url: server.url('/held.png') }] }]);
    const events: FolioEvent[] = [];
    const service = await watchingService(events, 200);
    try {
      await service.importFolders([root]);
      await service.updateSettings({ downloadNewImages: true });
      await service.startImageJob({ scope: { kind: 'view', view: { kind: 'all' } } });
      await until(() => server.hits('/held.png') === 1, 'the held download');

      writePictureArticles(root, [{ name: 'second', images: [{ url: server.url('/new.png') }] }]);
      // Well past the watcher's quiet time: the change waits for the download instead of importing beside it.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(finished(events)).toHaveLength(1);
      release();

      expect(await nthImport(events, 2)).toMatchObject({ trigger: 'watch', imported: 1, error: null });
      await until(() => events.filter((e) => e.type === 'image-finished').length === 2, 'the second download');
      const order = events.flatMap((e) =>
        e.type === 'import-finished' ? [`import ${e.report.trigger}`] : e.type === 'image-finished' ? ['images'] : [],
      );
      expect(order).toEqual(['import user', 'images', 'import watch', 'images']);
      expect(server.hits('/new.png')).toBe(1);
    } finally {
      release();
      await service.close();
      await server.close();
    }
  });
});
