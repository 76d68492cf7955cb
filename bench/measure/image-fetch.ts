// Downloading remote images as `folio images` does, from an image host on loopback:
// 1,000 distinct PNGs (about 120 KB each, as photographs in news archives are) in
// 100 articles of 10. The host runs on a worker thread, because the timed CLI run
// blocks this thread; its files are made before the clock starts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { makePng } from '../../tests/helpers/png';
import { runTimed } from './timed-process';

const PER_ARTICLE = 10;

export interface ImageFetchFigures {
  images: number;
  downloaded: number;
  failed: number;
  bytes: number;
  seconds: number;
  imagesPerSec: number;
  mbPerSec: number;
  peakRssMB: number | null;
}

/** Serves the files of a folder on 127.0.0.1 from its own thread. */
const HOST = `
const { workerData, parentPort } = require('node:worker_threads');
const { createServer } = require('node:http');
const { readFile } = require('node:fs');
const { basename, join } = require('node:path');
const server = createServer((req, res) => {
  readFile(join(workerData.dir, basename(req.url || '')), (error, body) => {
    if (error) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': body.length }).end(body);
  });
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
`;

function startHost(dir: string): Promise<{ port: number; worker: Worker }> {
  const worker = new Worker(HOST, { eval: true, workerData: { dir } });
  return new Promise((resolve, reject) => {
    worker.once('message', (port: number) => resolve({ port, worker }));
    worker.once('error', reject);
  });
}

export async function timeImageFetch(cli: string, images: number, log: (line: string) => void): Promise<ImageFetchFigures> {
  const work = mkdtempSync(join(tmpdir(), 'folio-bench-images-'));
  try {
    const files = join(work, 'host');
    const articles = join(work, 'articles');
    const library = join(work, 'library');
    mkdirSync(files);
    mkdirSync(articles);
    for (let i = 0; i < images; i++) writeFileSync(join(files, `${i}.png`), makePng({ width: 200, height: 200, seed: i + 1, noise: true }));
    const host = await startHost(files);
    try {
      for (let a = 0; a * PER_ARTICLE < images; a++) {
        const links = [];
        for (let i = a * PER_ARTICLE; i < Math.min(images, (a + 1) * PER_ARTICLE); i++)
          links.push(`![photo ${i}](http://127.0.0.1:${host.port}/img/${i}.png)\n`);
        writeFileSync(
          join(articles, `story-${a}.md`),
          `---\ntitle: Story ${a}\ndate: 2024-01-01\nurl: https://news.example/${a}\n---\nText ${a}.\n\n${links.join('\n')}`,
        );
      }
      runTimed(process.execPath, [cli, 'import', articles, '--library', library, '--json']);
      log(`images: downloading ${images} images from 127.0.0.1:${host.port}`);
      const run = runTimed(process.execPath, [cli, 'images', '--library', library, '--allow-local-hosts', '--json']);
      const report = JSON.parse(run.stdout) as { images: { downloaded: number; failed: unknown[] }; bytes: number };
      return {
        images,
        downloaded: report.images.downloaded,
        failed: report.images.failed.length,
        bytes: report.bytes,
        seconds: run.seconds,
        imagesPerSec: report.images.downloaded / run.seconds,
        mbPerSec: report.bytes / 1e6 / run.seconds,
        peakRssMB: run.peakRssMB,
      };
    } finally {
      await host.worker.terminate();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
