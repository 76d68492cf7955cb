// Flipped or missing bytes in a pack or an index segment are detected, never
// served: reading or searching says what is damaged and how to repair it,
// instead of a stack trace or silently wrong results.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusLibrary } from '../../helpers/corpus-library';
import { damage } from '../../helpers/damage';
import { openService } from '../../helpers/open-service';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const all = { kind: 'all' } as const;

type Service = Awaited<ReturnType<typeof openService>>;
const search = (service: Service, query: string) => service.search({ query, view: all, sort: 'relevance', offset: 0, limit: 50 });

/** A search's hits, or the error it failed with. */
async function tried(service: Service, query: string): Promise<{ ids: number[]; snippets: string } | Error> {
  try {
    const result = await search(service, query);
    return { ids: result.hits.map((h) => h.id), snippets: result.hits.map((h) => h.snippet).join('') };
  } catch (error) {
    return error as Error;
  }
}

const library = (n: number) => corpusLibrary(tempDir, n);

const onlyFile = (dir: string, folder: string): string => {
  const names = readdirSync(join(dir, folder));
  expect(names).toHaveLength(1);
  return join(dir, folder, names[0] as string);
};

/** Flips one byte in each of many places, so every stored blob or posting list is touched. */
function flipEvery(path: string, step: number, from = 0): void {
  const bytes = readFileSync(path);
  for (let at = from; at < bytes.length; at += step) bytes[at] = (bytes[at] as number) ^ 0x55;
  writeFileSync(path, bytes);
}

const DAMAGED = { code: 'library-unreadable', message: expect.stringMatching(/damaged.*[Rr]epair/s) as unknown };

describe('damaged packs', () => {
  it("a flipped byte in an article's stored text is reported when it is read or searched, never shown", async () => {
    const { dir, markers } = await library(20);
    flipEvery(onlyFile(dir, 'packs'), 97, 50);
    const service = await openService(dir);
    const ids = (await service.listArticles({ view: all, sort: 'newest', offset: 0, limit: 50 })).rows.map((r) => r.id);
    for (const id of ids) await expect(service.getArticle({ id })).rejects.toMatchObject(DAMAGED);
    await expect(search(service, markers[3] as string)).rejects.toMatchObject(DAMAGED);
    await service.close();
  });

  it('cut short, is reported as damaged (not an internal error), and the library still lists its articles', async () => {
    const { dir, markers } = await library(20);
    damage(onlyFile(dir, 'packs'), 'half-truncated');
    const service = await openService(dir);
    expect((await service.getOverview()).total).toBe(20);
    await expect(search(service, markers[19] as string)).rejects.toMatchObject(DAMAGED);
    const found = await tried(service, markers[0] as string);
    // An article before the cut is whole: found with its text, or the search names the damage.
    if (found instanceof Error) expect(found).toMatchObject(DAMAGED);
    else expect(found.snippets).toContain(markers[0]);
    await service.close();
  });
});

describe('damaged index segments', () => {
  it('flipped bytes give an error naming the damage, never different results', async () => {
    const { dir, markers } = await library(30);
    const service = await openService(dir);
    const queries = [markers[5] as string, '国', '经济', 'market'];
    const before = await Promise.all(queries.map(async (q) => (await search(service, q)).hits.map((h) => h.id)));
    await service.close();
    flipEvery(onlyFile(dir, 'index'), 61, 70);

    const again = await openService(dir);
    for (const [i, q] of queries.entries()) {
      const result = await tried(again, q);
      if (result instanceof Error) expect(result).toMatchObject(DAMAGED);
      else expect(result.ids).toEqual(before[i]);
    }
    await expect(search(again, '国')).rejects.toMatchObject(DAMAGED);
    await again.close();
  });

  it('missing, the article list still shows and a search says the index is damaged', async () => {
    const { dir, markers } = await library(10);
    damage(onlyFile(dir, 'index'), 'missing');
    const service = await openService(dir);
    expect((await service.getOverview()).total).toBe(10);
    await expect(search(service, markers[1] as string)).rejects.toMatchObject(DAMAGED);
    await service.close();
  });
});
