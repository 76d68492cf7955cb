// Each test gets a fresh library in a temp folder and a page whose window.folio
// is bound to the REAL library service through the same handler table and library
// host the Electron shell serves. Only the shell's own capabilities (the folder
// dialog, a drop's file paths, the system browser, the save dialog, the clipboard)
// are stand-ins: the test says which folder the dialog "picks" or a drop carries —
// they get import tokens exactly as in the app — and links opened, images saved and
// copied are recorded. Image downloads may reach this machine's loopback servers
// (the tests start them).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { FolioEvent } from '../src/shared/contract';
import { aboutInfo } from '../src/main/desktop/about';
import { AppConfigFile } from '../src/main/desktop/app-config';
import { LibraryHost } from '../src/main/desktop/library-host';
import { FolderGrants } from '../src/main/folder-grants';
import { createHandlers } from '../src/main/handlers';
import { LibraryService } from '../src/main/service';
import { bindFolio } from './page-bridge';

const WORKER_FILE = resolve('out/worker/import-worker.mjs');
const SEARCH_WORKER_FILE = resolve('out/worker/search-worker.mjs');
const IMAGE_PATH = '/__folio-image/';
export const FIXTURES = resolve('tests/fixtures');
const SAMPLE_ARTICLES = resolve('resources/sample-library');
const LICENCES = resolve('out/licences.json');
export const SCREENSHOTS = resolve('test-results/screenshots');

export interface FolioHarness {
  /** The library open now (the user's own, or the sample while it is shown). */
  readonly service: LibraryService;
  libraryDir: string;
  /** What the folder dialog will return the next time the app opens it. */
  pickNext(paths: string[]): void;
  /** The paths the next drop on the window carries (the shell reads them from the dropped files). */
  dropNext(paths: string[]): void;
  /** URLs the app asked the system browser to open. */
  opened: string[];
  /** Image ids the app asked the shell to save (with the suggested name) or copy. */
  savedImages: { imageId: string; fileName: string | undefined }[];
  copiedImages: string[];
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
    const userDataDir = mkdtempSync(join(tmpdir(), 'folio-e2e-'));
    const libraryDir = join(userDataDir, 'library');
    const picks: string[][] = [];
    const drops: string[][] = [];
    const opened: string[] = [];
    const savedImages: FolioHarness['savedImages'] = [];
    const copiedImages: string[] = [];
    const foreignRequests: string[] = [];
    const consoleErrors: string[] = [];
    const emitTo: { page: Page | null } = { page: null };
    const emit = (event: FolioEvent): void => {
      void emitTo.page
        ?.evaluate((e) => (globalThis as unknown as { __folioEmit?: (e: unknown) => void }).__folioEmit?.(e), event)
        .catch(() => undefined);
    };
    const host = await LibraryHost.open({
      version: '0.0.0-e2e',
      userDataDir,
      config: new AppConfigFile(join(userDataDir, 'folio-config.json')),
      log: null,
      sampleArticles: SAMPLE_ARTICLES,
      openService: (dir, { readOnly, quiet }) =>
        LibraryService.open({
          dir,
          readOnly,
          workerFile: existsSync(WORKER_FILE) ? WORKER_FILE : null,
          // As in the app: searches run in the search worker thread.
          searchWorkerFile: existsSync(SEARCH_WORKER_FILE) ? SEARCH_WORKER_FILE : null,
          imageUrl: (id) => `${IMAGE_PATH}${id}`,
          emit: quiet ? () => undefined : emit,
          localHosts: 'loopback',
        }),
      emit,
    });
    const grants = new FolderGrants();
    const handlers = createHandlers(
      host.service,
      {
        ...host.api(),
        pickFolders: async () => picks.shift() ?? [],
        openExternal: async ({ url }) => {
          opened.push(url);
          return { opened: true };
        },
        getAbout: async () => aboutInfo('0.0.0-e2e', { node: process.versions.node }, LICENCES),
        saveImageAs: async ({ imageId, fileName }) => {
          savedImages.push({ imageId, fileName });
          return { saved: true };
        },
        copyImage: async ({ imageId }) => {
          copiedImages.push(imageId);
          return { copied: true };
        },
      },
      grants,
    );
    await bindFolio(page, handlers, (count) => grants.grantDropped((drops.shift() ?? []).slice(0, count)), emitTo);
    await page.route(`**${IMAGE_PATH}*`, async (route) => {
      const id = new URL(route.request().url()).pathname.slice(IMAGE_PATH.length);
      const file = host.imageFile(id);
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
      get service() {
        return host.current();
      },
      libraryDir,
      opened,
      savedImages,
      copiedImages,
      foreignRequests,
      consoleErrors,
      pickNext: (paths) => picks.push(paths),
      dropNext: (paths) => drops.push(paths),
      importFolder: async (path) => {
        await host.current().importFolders([path]);
      },
      screenshot: async (name) => {
        await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
      },
    });

    emitTo.page = null;
    await host.close();
    rmSync(userDataDir, { recursive: true, force: true });
    expect(consoleErrors, 'console errors in the page').toEqual([]);
    expect(foreignRequests, 'requests that left the app').toEqual([]);
  },
});

export { expect };
