// Removing an article as one step of an import (its file became a site page): it leaves the
// library at the batch's checkpoint, with its read and star state and the source it emptied;
// a batch that fails keeps it whole — row, search hit and star.
import { describe, expect, it } from 'vitest';
import { feedCapture, writeFiles } from '../../helpers/article-files';
import { openService } from '../../helpers/open-service';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const all = { kind: 'all' } as const;
type Service = Awaited<ReturnType<typeof openService>>;

async function seen(service: Service): Promise<{ hits: number[]; starred: number; sources: string[] }> {
  const overview = await service.getOverview();
  const { hits } = await service.search({ query: '普京', view: all, sort: 'relevance', offset: 0, limit: 10 });
  return { hits: hits.map((h) => h.id), starred: overview.starred, sources: overview.sources.map((s) => s.name).sort() };
}

describe('removing articles inside a batch', () => {
  it('keeps the article when the batch fails, and removes it with its state and empty source when it succeeds', async () => {
    const root = tempDir();
    writeFiles(root, {
      '甲报/a.txt': feedCapture('普京抵达北京', 'https://example.org/a', '<p>普京今天抵达北京。</p>'),
      '乙报/b.txt': feedCapture('港口新闻', 'https://example.org/b', '<p>渔船回港。</p>'),
    });
    const dir = tempDir();
    let service = await openService(dir);
    await service.importFolders([root]);
    const [id = 0] = (await seen(service)).hits;
    await service.setArticleState({ ids: [id], starred: true });
    const before = { hits: [id], starred: 1, sources: ['乙报', '甲报'] };
    expect(await seen(service)).toEqual(before);

    const { library } = service;
    const failing = library.batch(async () => {
      library.removeArticlesInBatch([id]);
      throw new Error('disk full');
    });
    await expect(failing).rejects.toThrow('disk full');
    // The next batch's checkpoint (an import with nothing to change) must not drop the kept article's star.
    await library.batch(async () => undefined);
    expect(await seen(service)).toEqual(before);
    expect(library.state.articleStates().map((s) => s.articleId)).toEqual([id]);

    await library.batch(async () => library.removeArticlesInBatch([id]));
    library.refreshCatalog();
    const after = { hits: [], starred: 0, sources: ['乙报'] };
    expect(await seen(service)).toEqual(after);
    await service.close();

    service = await openService(dir);
    expect(await seen(service)).toEqual(after);
    expect(service.library.state.articleStates()).toEqual([]);
    await service.close();
  });
});
