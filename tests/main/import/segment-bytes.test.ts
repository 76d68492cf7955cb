// An import writes its index in segments bounded by the memory the index worker holds for
// one, not by a count of articles: many small segments must find exactly what one large
// segment finds.
import { describe, expect, it } from 'vitest';
import { LibraryService } from '../../../src/main/service';
import type { CheckpointPolicy } from '../../../src/main/import/job/import-job';
import { writeCorpus } from '../../helpers/corpus';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const ARTICLES = 30;

async function importWith(root: string, checkpoints: CheckpointPolicy | undefined) {
  const service = await LibraryService.open({
    dir: tempDir(),
    workerFile: null,
    imageUrl: (id) => id,
    emit: () => undefined,
    ...(checkpoints ? { checkpoints } : {}),
  });
  const { report } = await service.importFolders([root]);
  expect(report).toMatchObject({ imported: ARTICLES, failed: [] });
  return service;
}

describe('index segments written by size', () => {
  it('splits an import into segments once each holds its share of memory, and finds the same articles as one segment', async () => {
    const root = tempDir();
    const markers = writeCorpus(root, ARTICLES);
    const whole = await importWith(root, undefined);
    // A one-byte bound writes a segment per article (merged as they accumulate).
    const split = await importWith(root, { intervalMs: 3_600_000, articles: 1_000_000, segmentBytes: 1 });
    try {
      expect(whole.library.db.segments()).toHaveLength(1);
      expect(split.library.db.segments().length).toBeGreaterThan(1);
      const found = async (service: LibraryService, query: string) => {
        const result = await service.search({ query, view: { kind: 'all' }, sort: 'relevance', offset: 0, limit: 50 });
        return { total: result.total, hits: result.hits.map((h) => [h.title, h.score]) };
      };
      for (const [i, marker] of markers.entries()) {
        const expected = { total: 1, hits: [[`文章 ${i}`, expect.any(Number)]] };
        expect(await found(split, marker)).toEqual(expected);
        expect(await found(whole, marker)).toEqual(expected);
      }
      for (const query of ['market', '文章', '的', '文章 market', 'river OR school']) {
        const inWhole = await found(whole, query);
        expect(inWhole.total, query).toBeGreaterThan(0);
        expect(await found(split, query)).toEqual(inWhole);
      }
    } finally {
      await whole.close();
      await split.close();
    }
  });
});
