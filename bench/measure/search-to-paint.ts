// From a keystroke to painted results, in Chromium (issue 15): the built renderer
// served on loopback, window.folio bound to the service with its search worker
// (as in the app), the library opened fresh. Each query is typed a character at a
// time (100 ms apart) into an empty box after a pause, and timed from its last
// keystroke to the second animation frame after the results for it are in the
// page. The first query runs right after the first article list: the first search
// of a session is included.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { AppConfigFile } from '../../src/main/desktop/app-config';
import { LibraryHost } from '../../src/main/desktop/library-host';
import { createHandlers } from '../../src/main/handlers';
import { LibraryService } from '../../src/main/service';
import { CHROMIUM_LAUNCH } from '../../e2e/chromium';
import { bindFolio } from '../../e2e/page-bridge';
import { maximum, percentile } from './percentiles';

export interface PaintFigures {
  samples: number;
  firstMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

const TYPING_GAP_MS = 100;
/** Longer than the renderer's idle threshold: each query starts as a new burst of typing. */
const PAUSE_MS = 700;

/**
 * Runs in the page, as source text: the bench's TypeScript is compiled with helpers that do
 * not exist in the page. Resolves with the time from the last input event to the second
 * animation frame after the results for `query` are in the page.
 */
const WAIT_FOR_PAINT = `(query) => new Promise((done) => {
  const painted = () => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - window.folioLastInput)));
  const answered = () => document.querySelector('.search-summary')?.getAttribute('data-searched') === query;
  if (answered()) return painted();
  const watch = new MutationObserver(() => {
    if (!answered()) return;
    watch.disconnect();
    painted();
  });
  watch.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
})`;

const RECORD_INPUT = `document.querySelector('input[role=combobox]').addEventListener('input', () => (window.folioLastInput = performance.now()), { capture: true })`;

export async function timeSearchToPaint(
  library: string,
  searchWorkerFile: string,
  queries: readonly string[],
  runs: number,
): Promise<PaintFigures> {
  // The app's own host around the library (its config pointing at the bench's library), as the e2e suite binds it.
  const userDataDir = mkdtempSync(join(tmpdir(), 'folio-bench-paint-'));
  const configFile = join(userDataDir, 'folio-config.json');
  writeFileSync(configFile, JSON.stringify({ libraryDir: library }));
  const host = await LibraryHost.open({
    version: '0.0.0-bench',
    userDataDir,
    config: new AppConfigFile(configFile),
    log: null,
    sampleArticles: resolve('resources/sample-library'),
    openService: (dir, { readOnly }) =>
      LibraryService.open({ dir, readOnly, workerFile: null, searchWorkerFile, imageUrl: (id) => id, emit: () => undefined }),
    emit: () => undefined,
  });
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir: resolve('out/renderer') },
    preview: { host: '127.0.0.1', port: 0 },
  });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const handlers = createHandlers(host.service, {
      ...host.api(),
      pickFolders: async () => [],
      openExternal: async () => ({ opened: false }),
      getAbout: async () => {
        throw new Error('not in the benchmark');
      },
      saveImageAs: async () => ({ saved: false }),
      copyImage: async () => ({ copied: false }),
    });
    await bindFolio(page, handlers, () => undefined, { page: null });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('the renderer preview server has no address');
    await page.goto(url);
    const box = page.getByRole('combobox', { name: 'Search articles' });
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().waitFor();
    await page.evaluate(RECORD_INPUT);

    const timeOne = async (q: string, pause: boolean): Promise<number> => {
      await box.fill('');
      if (pause) await page.waitForTimeout(PAUSE_MS);
      await box.pressSequentially(q, { delay: TYPING_GAP_MS });
      return page.evaluate<number>(`(${WAIT_FOR_PAINT})(${JSON.stringify(q)})`);
    };

    // The first is typed the moment the list is there: whatever warming is left, it waits for.
    const first = await timeOne(queries[0] ?? '习近平', false);
    const all = [first];
    for (let r = 0; r < runs; r++) for (const q of queries) all.push(await timeOne(q, true));
    const round = (ms: number): number => Math.round(ms * 10) / 10;
    return {
      samples: all.length,
      firstMs: round(first),
      p50Ms: round(percentile(all, 50)),
      p95Ms: round(percentile(all, 95)),
      maxMs: round(maximum(all)),
    };
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
    await host.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
