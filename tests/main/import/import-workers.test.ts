// The worker threads an import runs on: real files through the built worker, and a
// worker that cannot start is reported as such instead of failing every file slowly.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FileTooComplexError, WorkerBrokenError, parseThreadsFor, threadWorkers } from '../../../src/main/import/job/import-workers';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const BUILT_WORKER = resolve('out/worker/import-worker.mjs');
const FEED = resolve('tests/fixtures/feed-capture/000_d6c3dc65d2877456.txt');
const FEED_TASK = { path: FEED, root: resolve('tests/fixtures'), sitePlace: null, size: 0, mtimeMs: 0, knownHash: null };

describe('import worker threads', () => {
  it('leave one core to the index worker and the main thread, and parse on the rest', () => {
    expect([1, 2, 4, 8].map(parseThreadsFor)).toEqual([1, 1, 3, 7]);
  });

  it('prepare a real article on another thread and hand back its text and body', async () => {
    const workers = threadWorkers(BUILT_WORKER, 2);
    try {
      const prepared = await workers.prepare(FEED_TASK);
      expect(prepared).toMatchObject({ kind: 'article', title: '习近平访俄甚过当年毛泽东拜会斯大林', source: 'feed-capture' });
      if (prepared.kind !== 'article') return;
      expect(prepared.text).toContain('毛泽东');
      expect(prepared.body.bytes.length).toBeGreaterThan(100);
    } finally {
      await workers.close();
    }
  });

  it('reports a file that vanished between the scan and the read', async () => {
    const workers = threadWorkers(BUILT_WORKER, 1);
    try {
      const gone = join(tempDir(), 'deleted-meanwhile.txt');
      expect(await workers.prepare({ path: gone, root: tempDir(), sitePlace: null, size: 10, mtimeMs: 0, knownHash: null })).toEqual({
        kind: 'fail',
        fileHash: null,
        reason: 'vanished during import',
      });
    } finally {
      await workers.close();
    }
  });

  it('gives up on a worker that dies at start-up, with an error that says so', async () => {
    const file = join(tempDir(), 'broken-worker.mjs');
    writeFileSync(file, "throw new Error('cannot load');\n");
    const workers = threadWorkers(file, 1);
    try {
      const error: unknown = await workers.prepare(FEED_TASK).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkerBrokenError);
      expect(String(error)).toMatch(/cannot start: cannot load/);
      // and it does not try again for every later file
      expect(await workers.prepare(FEED_TASK).catch((e: unknown) => e)).toBeInstanceOf(WorkerBrokenError);
    } finally {
      await workers.close();
    }
  });

  it('fails only the file a worker died on, and starts a new worker for the next', async () => {
    const file = join(tempDir(), 'fragile-worker.mjs');
    writeFileSync(
      file,
      "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage('ready');\nparentPort.on('message', () => { throw new Error('died on this file'); });\n",
    );
    const workers = threadWorkers(file, 1);
    try {
      for (let i = 0; i < 2; i++) {
        const error: unknown = await workers.prepare(FEED_TASK).catch((e: unknown) => e);
        expect(error).not.toBeInstanceOf(WorkerBrokenError);
        expect(String(error)).toMatch(/import worker stopped: died on this file/);
      }
    } finally {
      await workers.close();
    }
  });

  it('does not take a worker that said it was ready and then died for one that cannot start', async () => {
    const file = join(tempDir(), 'dies-after-ready.mjs');
    // The 'error' event of this death can be handled before the 'ready' message is.
    writeFileSync(
      file,
      "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage('ready');\nthrow new Error('died after ready');\n",
    );
    const workers = threadWorkers(file, 1);
    try {
      for (let i = 0; i < 3; i++) {
        const error: unknown = await workers.prepare(FEED_TASK).catch((e: unknown) => e);
        expect(error).not.toBeInstanceOf(WorkerBrokenError);
        expect(String(error)).toMatch(/import worker stopped: died after ready/);
      }
    } finally {
      await workers.close();
    }
  });

  it('ends a worker stuck on one file past its budget, reports that file, and prepares the others', async () => {
    const file = join(tempDir(), 'stuck-worker.mjs');
    writeFileSync(
      file,
      [
        "import { parentPort } from 'node:worker_threads';",
        "parentPort.postMessage('ready');",
        "parentPort.on('message', (msg) => {",
        '  parentPort.postMessage({ id: msg.id, started: true });',
        "  if (msg.task.path.includes('stuck')) for (;;);",
        "  parentPort.postMessage({ id: msg.id, ok: true, value: { kind: 'skip', fileHash: null, reason: 'empty' } });",
        '});',
      ].join('\n'),
    );
    // One thread, so the files after the stuck one wait behind it on the same worker.
    const workers = threadWorkers(file, 1, { fileBudgetMs: 300 });
    try {
      const task = (name: string) => ({ ...FEED_TASK, path: join(tempDir(), name) });
      const results = await Promise.allSettled([
        workers.prepare(task('stuck.txt')),
        workers.prepare(task('a.txt')),
        workers.prepare(task('b.txt')),
      ]);
      expect(results[0]).toMatchObject({ status: 'rejected', reason: expect.any(FileTooComplexError) });
      expect(results.slice(1)).toEqual([
        { status: 'fulfilled', value: { kind: 'skip', fileHash: null, reason: 'empty' } },
        { status: 'fulfilled', value: { kind: 'skip', fileHash: null, reason: 'empty' } },
      ]);
      expect(await workers.prepare(task('c.txt'))).toMatchObject({ kind: 'skip' });
    } finally {
      await workers.close();
    }
  });

  it('prepares 1,000 nested unclosed table cells within its budget', async () => {
    const file = join(tempDir(), 'nested-tables.html');
    writeFileSync(
      file,
      `<!DOCTYPE html><html><head><title>Deep tables</title></head><body>${'<table><tr><td>'.repeat(1000)}Text at the bottom.</body></html>`,
    );
    const workers = threadWorkers(BUILT_WORKER, 1, { fileBudgetMs: 30_000 });
    try {
      expect(await workers.prepare({ ...FEED_TASK, path: file, root: tempDir() })).toMatchObject({ kind: 'article', title: 'Deep tables' });
    } finally {
      await workers.close();
    }
  });

  it('reports a file that needs more memory than a worker has, and prepares the files queued behind it on a fresh worker', async () => {
    const huge = join(tempDir(), 'huge.html');
    writeFileSync(huge, `<!DOCTYPE html><html><head><title>Huge</title></head><body>${'<p>很多段落</p>'.repeat(600_000)}</body></html>`);
    const workers = threadWorkers(BUILT_WORKER, 1, { fileBudgetMs: 60_000, heapLimitMb: 48 });
    try {
      const [tooLarge, next] = await Promise.allSettled([
        workers.prepare({ ...FEED_TASK, path: huge, root: tempDir() }),
        workers.prepare(FEED_TASK),
      ]);
      expect(tooLarge).toMatchObject({ status: 'rejected', reason: expect.any(FileTooComplexError) });
      expect(String((tooLarge as PromiseRejectedResult).reason)).toMatch(/needs more than the 48 MB of memory/);
      expect(next).toMatchObject({ status: 'fulfilled', value: { kind: 'article', title: '习近平访俄甚过当年毛泽东拜会斯大林' } });
    } finally {
      await workers.close();
    }
  });

  it('tells the job how much memory the segment being built holds: more as articles arrive, none once it is flushed', async () => {
    const workers = threadWorkers(BUILT_WORKER, 1);
    // 20,000 characters in several thousand distinct bigrams: more than a fresh segment's first tables hold.
    let long = '';
    for (let i = 0; i < 20_000; i++) long += String.fromCharCode(0x4e00 + ((i * 7919) % 6000));
    try {
      expect(workers.indexBytes).toBe(0);
      // Adds are not awaited: their answers arrive a moment later.
      workers.indexAdd(1, { title: '标题', text: '经济新闻' });
      await vi.waitFor(() => expect(workers.indexBytes).toBeGreaterThan(0), { timeout: 10_000 });
      const small = workers.indexBytes;
      workers.indexAdd(2, { title: '长文', text: long });
      await vi.waitFor(() => expect(workers.indexBytes).toBeGreaterThan(small), { timeout: 10_000 });
      const flushed = workers.indexFlush(join(tempDir(), 'seg.idx'));
      expect(workers.indexBytes).toBe(0);
      expect(await flushed).toMatchObject({ docs: 2 });
      expect(workers.indexBytes).toBe(0);
    } finally {
      await workers.close();
    }
  });

  it('ends the parse threads when the files are done and the merge thread between merges, and starts them again for more', async () => {
    const workers = threadWorkers(BUILT_WORKER, 1);
    const dir = tempDir();
    const segment = async (articleId: number, body: string) => {
      workers.indexAdd(articleId, { title: '标题', text: body });
      const path = join(dir, `seg-${articleId}.idx`);
      const written = await workers.indexFlush(path);
      return { path, dead: null, checks: written!.checks };
    };
    try {
      expect(await workers.prepare(FEED_TASK)).toMatchObject({ kind: 'article' });
      workers.parsingDone();
      expect(await workers.prepare(FEED_TASK)).toMatchObject({ kind: 'article' });
      const first = await workers.indexMerge({
        inputs: [await segment(1, '经济新闻'), await segment(2, '体育新闻')],
        out: join(dir, 'm1.idx'),
      });
      const second = await workers.indexMerge({ inputs: [await segment(3, '天气'), await segment(4, '股市')], out: join(dir, 'm2.idx') });
      expect([first.docs, second.docs]).toEqual([2, 2]);
    } finally {
      await workers.close();
    }
  });

  it('fails the flush after an index add the worker did not take, instead of writing a segment without it', async () => {
    const file = join(tempDir(), 'index-worker-refuses-add.mjs');
    writeFileSync(
      file,
      "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage('ready');\n" +
        "parentPort.on('message', (m) => parentPort.postMessage(m.type === 'index-add'\n" +
        "  ? { id: m.id, ok: false, message: 'out of memory' } : { id: m.id, ok: true, value: null }));\n",
    );
    const workers = threadWorkers(file, 1);
    try {
      workers.indexAdd(7, { title: '标题', text: '正文' });
      await expect(workers.indexFlush(join(tempDir(), 'seg.idx'))).rejects.toThrow('articles did not reach the index: out of memory');
      // Reported once: the flush after it starts afresh.
      await expect(workers.indexFlush(join(tempDir(), 'seg.idx'))).resolves.toBeNull();
    } finally {
      await workers.close();
    }
  });
});
