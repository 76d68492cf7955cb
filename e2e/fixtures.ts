// Each test gets a fresh library in a temp folder and a page whose window.folio
// is bound to the REAL library service through the same handler table the
// Electron shell serves. Only the shell's own capabilities (the folder dialog,
// the system browser) are stand-ins: the test says which folder the dialog
// "picks", and links the app asks to open are recorded.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { FolioEvent } from '../src/shared/contract';
import { createHandlers } from '../src/main/handlers';
import { LibraryService } from '../src/main/service';
import { bindFolio } from './page-bridge';

const WORKER_FILE = resolve('out/main/import-worker.js');
const SEARCH_WORKER_FILE = resolve('out/main/search-worker.js');
const IMAGE_PATH = '/__folio-image/';
export const FIXTURES = resolve('tests/fixtures');
export const SCREENSHOTS = resolve('test-results/screenshots');

export interface FolioHarness {
  service: LibraryService;
  libraryDir: string;
  /** What the folder dialog will return the next time the app opens it. */
  pickNext(paths: string[]): void;
  /** URLs the app asked the system browser to open. */
  opened: string[];
  /** Every request the page made that did not go to the app's own origin. */
  foreignRequests: string[];
  /** Console errors and uncaught exceptions (the fixture fails the test if any remain). */
  consoleErrors: string[];
  /** Imports a folder through the real service (setup for tests not about importing). */
  importFolder(path: string): Promise<void>;
  screenshot(name: string): Promise<void>;
}

export const test = base.extend<{ folio: FolioHarness }>({
  folio: async ({ page, baseURL }, use) => {
    const libraryDir = mkdtempSync(join(tmpdir(), 'folio-e2e-'));
    const picks: string[][] = [];
    const opened: string[] = [];
    const foreignRequests: string[] = [];
    const consoleErrors: string[] = [];
    const emitTo: { page: Page | null } = { page: null };
    const emit = (event: FolioEvent): void => {
      void emitTo.page?.evaluate((e) => (globalThis as unknown as { __folioEmit?: (e: unknown) => void }).__folioEmit?.(e), event).catch(() => undefined);
    };
    const service = await LibraryService.open({
      dir: libraryDir,
      workerFile: existsSync(WORKER_FILE) ? WORKER_FILE : null,
      // As in the app: searches run in the search worker thread.
      searchWorkerFile: existsSync(SEARCH_WORKER_FILE) ? SEARCH_WORKER_FILE : null,
      imageUrl: (id) => `${IMAGE_PATH}${id}`,
      emit,
    });
    const handlers = createHandlers(service, {
      pickFolders: async () => ({ paths: picks.shift() ?? [] }),
      openExternal: async ({ url }) => {
        opened.push(url);
        return { opened: true };
      },
    });
    await bindFolio(page, handlers, emitTo);
    await page.route(`**${IMAGE_PATH}*`, async (route) => {
      const id = new URL(route.request().url()).pathname.slice(IMAGE_PATH.length);
      const file = service.imageFile(id);
      if (!file) return route.fulfill({ status: 404 });
      return route.fulfill({ status: 200, contentType: file.mime, body: readFileSync(file.path) });
    });
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith('data:')) foreignRequests.push(url);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(`uncaught: ${e.message}`));

    await use({
      service,
      libraryDir,
      opened,
      foreignRequests,
      consoleErrors,
      pickNext: (paths) => picks.push(paths),
      importFolder: async (path) => {
        await service.importFolders([path]);
      },
      screenshot: async (name) => {
        await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
      },
    });

    emitTo.page = null;
    await service.close();
    rmSync(libraryDir, { recursive: true, force: true });
    expect(consoleErrors, 'console errors in the page').toEqual([]);
    expect(foreignRequests, 'requests that left the app').toEqual([]);
  },
});

export { expect };
