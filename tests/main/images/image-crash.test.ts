// Kill (SIGKILL) a process that is downloading images, at random moments: the
// library always opens, every image an article refers to is there whole (its bytes
// match its name), and a later run completes the rest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageRelativePath } from '../../../src/main/images/image-file';
import { digest } from '../../../src/main/store/digest';
import { openImageService, writePictureArticles } from '../../helpers/image-library';
import { startImageServer } from '../../helpers/image-server';
import type { Route, TestServer } from '../../helpers/image-server';
import { child, killAtRandom, seeded } from '../../helpers/kill-child';
import { makePng } from '../../helpers/png';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const IMAGES = 30;
let server: TestServer;

beforeAll(async () => {
  const routes: Record<string, Route> = {};
  for (let i = 0; i < IMAGES; i++) {
    const png = makePng({ width: 120, height: 100, seed: i + 1, noise: true });
    // Half now, the rest a moment later: kills also land in the middle of a body.
    routes[`/p/${i}.png`] = (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length });
      res.write(png.subarray(0, png.length >> 1));
      setTimeout(() => res.end(png.subarray(png.length >> 1)), 15);
    };
  }
  server = await startImageServer(routes);
});

afterAll(() => server.close());

describe('image download crash safety', () => {
  it('a download killed at random points leaves only whole images referenced, and a later run completes it', async () => {
    const folder = tempDir();
    const dir = tempDir();
    writePictureArticles(
      folder,
      Array.from({ length: 6 }, (_, a) => ({
        name: `story-${a}`,
        images: Array.from({ length: 5 }, (_, k) => ({ url: server.url(`/p/${a * 5 + k}.png`) })),
      })),
    );
    const setup = await openImageService(dir);
    await setup.importFolders([folder]);
    await setup.close();

    const rand = seeded(9);
    const held: number[] = [];
    for (let run = 0; run < 5; run++) {
      const job = child(['images', dir]);
      await killAtRandom(job, () => job.lines.includes('opened'), 4000, rand);
      const service = await openImageService(dir);
      let whole = 0;
      for (const id of service.library.catalog.page({ kind: 'all' }, true, 0, 100).ids) {
        for (const image of (await service.getArticle({ id })).images) {
          const bytes = readFileSync(join(service.library.paths.images, imageRelativePath(image.id)));
          expect(`${digest(bytes)}.png`, `image ${image.id} of article ${id}`).toBe(image.id);
          whole++;
        }
      }
      held.push(whole);
      await service.close();
    }
    const final = child(['images', dir]);
    expect(await final.exited).toBe(0);
    const service = await openImageService(dir);
    const storage = await service.getImageStorage();
    expect(storage.downloaded.images).toBe(IMAGES);
    await service.close();
    expect(held.some((n) => n > 0)).toBe(true);
  }, 120_000);
});
