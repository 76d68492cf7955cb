// The app around the library: the welcome screen and the sample library, a folder dropped
// on the window, the library folder in Settings (moved), and the About box.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, expect, test } from './fixtures';

// Page globals; this spec compiles without DOM types.
interface PageGlobals {
  __folioEmit(event: unknown): void;
  DataTransfer: new () => { items: { add(file: unknown): void } };
  File: new (parts: unknown[], name: string) => unknown;
}

test('the welcome screen explains archive folders and opens the sample library with one click', async ({ page, folio }) => {
  await page.goto('/');
  const welcome = page.getByRole('main');
  await expect(welcome.getByRole('heading', { name: 'Welcome to Folio' })).toBeVisible();
  await expect(welcome).toContainText('An archive folder is any folder of saved articles');
  await expect(welcome.getByRole('button', { name: 'Import Folder…' })).toBeVisible();
  await folio.screenshot('ui-welcome');

  await welcome.getByRole('button', { name: 'Open the Sample Library' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'sample library' })).toBeVisible();
  const list = page.getByRole('listbox', { name: 'Articles' });
  await expect(list.getByRole('option')).toHaveCount(7);
  await list.getByRole('option').filter({ hasText: '潮汐牌' }).click();
  const reader = page.getByRole('region', { name: 'Article', exact: true });
  await expect(reader.locator('figcaption')).toContainText('志愿者照着潮汐表画出的一周水位曲线');
  await expect(reader.getByRole('button', { name: '一周的潮汐曲线' })).toBeVisible();
  await folio.screenshot('ui-sample-library');

  // Simplified finds the Traditional story.
  await page.keyboard.press('Control+f');
  await page.keyboard.type('图书馆');
  await expect(
    page
      .getByRole('listbox', { name: /results/i })
      .getByRole('option')
      .filter({ hasText: '山城舊書店' }),
  ).toBeVisible();
  await page.emulateMedia({ colorScheme: 'dark' });
  await folio.screenshot('ui-sample-library-search-dark');

  await page.getByRole('button', { name: 'Close the Sample' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Folio' })).toBeVisible();
  expect((await folio.service.getOverview()).total).toBe(0);
});

test('a folder dropped on the window is imported', async ({ page, folio }) => {
  const folder = join(FIXTURES, 'feed-capture');
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to Folio' })).toBeVisible();
  folio.dropNext([folder]);
  const dataTransfer = await page.evaluateHandle(() => {
    const page = globalThis as unknown as PageGlobals;
    const transfer = new page.DataTransfer();
    transfer.items.add(new page.File([], 'feed-capture'));
    return transfer;
  });
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop folders to import them')).toBeVisible();
  await folio.screenshot('ui-drop-hint');
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });

  const report = page.getByRole('dialog', { name: 'Import finished' });
  await expect(report).toBeVisible();
  await expect(report).toContainText(folder);
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option')).toHaveCount(readdirSync(folder).length);
});

test('Settings shows where the library is and moves it, keeping every article', async ({ page, folio }) => {
  await folio.importFolder(join(FIXTURES, 'feed-capture'));
  await page.goto('/');
  await page.keyboard.press('Control+,');
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.locator('.library-path code')).toHaveText(folio.libraryDir);
  await folio.screenshot('ui-settings-library');

  const target = mkdtempSync(join(tmpdir(), 'folio-e2e-move-'));
  folio.pickNext([target]);
  await dialog.getByRole('button', { name: 'Move…' }).click();
  await expect(dialog.locator('.library-path code')).toHaveText(join(target, 'Folio Library'));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option')).toHaveCount(
    readdirSync(join(FIXTURES, 'feed-capture')).length,
  );
});

test('About Folio shows the version and every shipped library with its licence', async ({ page, folio }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to Folio' })).toBeVisible();
  await page.evaluate(() => (globalThis as unknown as PageGlobals).__folioEmit({ type: 'command', command: 'show-about' }));
  const about = page.getByRole('dialog', { name: 'About Folio' });
  await expect(about).toContainText('Folio 0.0.0-e2e');
  const sqlJs = about.locator('details').filter({ hasText: 'sql.js' });
  await sqlJs.locator('summary').click();
  await expect(sqlJs.locator('pre')).toContainText(/permission is hereby granted/i);
  await folio.screenshot('ui-about');
});
