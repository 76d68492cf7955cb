// Each test gets a fresh library in a temp folder and a page whose window.folio
// is bound to the REAL library service through the same handler table the
// Electron shell serves. Only the shell's own capabilities (the folder dialog,
// the system browser, the save dialog, the clipboard) are stand-ins: the test says
// which folder the dialog "picks"; links opened, images saved and copied are recorded.
// Image downloads may reach this machine's loopback servers (the tests start them).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createFolioBridge } from '../src/shared/bridge';
import { CHANNELS } from '../src/shared/contract';
import type { Channel, FolioEvent } from '../src/shared/contract';
import { createHandlers } from '../src/main/handlers';
import type { HandlerTable } from '../src/main/handlers';
import { LibraryService } from '../src/main/service';

const WORKER_FILE = resolve('out/main/import-worker.js');
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

function bridgeScript(): string {
  // window.folio is built by the same function the preload uses; only the transport differs.
  return `(() => {
    const createFolioBridge = ${createFolioBridge.toString()};
    const listeners = new Set();
    window.__folioEmit = (event) => { for (const l of listeners) l(event); };
    window.folio = createFolioBridge(${JSON.stringify(CHANNELS)},
      (channel, request) => window.folioInvoke(channel, request),
      (listener) => { listeners.add(listener); return () => listeners.delete(listener); });
  })();`;
}

async function bind(page: Page, handlers: HandlerTable, emitTo: { page: Page | null }): Promise<void> {
  await page.exposeBinding('folioInvoke', (_source, channel: Channel, request: unknown) => {
    if (!CHANNELS.includes(channel)) return { ok: false, error: { code: 'invalid-request', message: `unknown channel ${String(channel)}` } };
    return handlers[channel](request);
  });
  await page.addInitScript({ content: bridgeScript() });
  emitTo.page = page;
}

export const test = base.extend<{ folio: FolioHarness }>({
  folio: async ({ page, baseURL }, use) => {
    const libraryDir = mkdtempSync(join(tmpdir(), 'folio-e2e-'));
    const picks: string[][] = [];
    const opened: string[] = [];
    const savedImages: FolioHarness['savedImages'] = [];
    const copiedImages: string[] = [];
    const foreignRequests: string[] = [];
    const consoleErrors: string[] = [];
    const emitTo: { page: Page | null } = { page: null };
    const emit = (event: FolioEvent): void => {
      void emitTo.page?.evaluate((e) => (globalThis as unknown as { __folioEmit?: (e: unknown) => void }).__folioEmit?.(e), event).catch(() => undefined);
    };
    const service = await LibraryService.open({
      dir: libraryDir,
      workerFile: existsSync(WORKER_FILE) ? WORKER_FILE : null,
      imageUrl: (id) => `${IMAGE_PATH}${id}`,
      emit,
      localHosts: 'loopback',
    });
    const handlers = createHandlers(service, {
      pickFolders: async () => ({ paths: picks.shift() ?? [] }),
      openExternal: async ({ url }) => {
        opened.push(url);
        return { opened: true };
      },
      saveImageAs: async ({ imageId, fileName }) => {
        savedImages.push({ imageId, fileName });
        return { saved: true };
      },
      copyImage: async ({ imageId }) => {
        copiedImages.push(imageId);
        return { copied: true };
      },
    });
    await bind(page, handlers, emitTo);
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
      savedImages,
      copiedImages,
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
