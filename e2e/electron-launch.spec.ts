// The real Electron shell: window, preload, CSP and an import through IPC. It runs
// only where the Electron binary is installed; elsewhere the wiring test
// (tests/electron/wiring.test.ts) covers the shell and this spec says why it skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { CHANNELS } from '../src/shared/contract';
import type { FolioBridge } from '../src/shared/contract';

const SKIP_MESSAGE = 'Electron binary not installed: shell test skipped';
const root = fileURLToPath(new URL('..', import.meta.url));
// Checked first: launching without the binary would try to download it.
const electronInstalled = existsSync(join(root, 'node_modules/electron/path.txt'));

// Page functions run in the page; this spec compiles without DOM types.
type PageGlobals = { folio?: FolioBridge };

test('the Electron shell opens a locked-down window and imports a folder', async () => {
  if (!electronInstalled) {
    console.log(SKIP_MESSAGE);
    test.skip(true, SKIP_MESSAGE);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'folio-electron-'));
  const app = await electron.launch({ args: [join(root, 'out/main/index.js'), `--user-data-dir=${userDataDir}`], cwd: root });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Folio/);
    // Served from the app's own scheme, never file://.
    expect(page.url()).toBe('app://folio/index.html');

    const methods = await page.evaluate(() => Object.keys((globalThis as unknown as PageGlobals).folio ?? {}).sort());
    expect(methods).toEqual([...CHANNELS, 'onEvent', 'dropFolders'].sort());
    expect(await page.evaluate(() => typeof globalThis.process)).toBe('undefined');
    expect(await page.evaluate(() => typeof require)).toBe('undefined');
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'none'/);

    // The page cannot name a folder: a path where a token belongs is refused.
    const refused = await page.evaluate(() => (globalThis as unknown as PageGlobals).folio!.startImport({ folders: ['0'.repeat(32)] }));
    expect(refused.ok).toBe(false);
    // A folder given on the command line of a second launch is imported by the running app.
    const fixture = join(root, 'tests/fixtures/feed-capture');
    const binary = join(root, 'node_modules/electron/dist', readFileSync(join(root, 'node_modules/electron/path.txt'), 'utf8').trim());
    const second = spawnSync(binary, [join(root, 'out/main/index.js'), `--user-data-dir=${userDataDir}`, fixture], { timeout: 30_000 });
    expect(second.status).toBe(0);
    await expect(page.getByText('习近平访俄甚过当年毛泽东拜会斯大林').first()).toBeVisible({ timeout: 30_000 });
  } finally {
    await app.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
