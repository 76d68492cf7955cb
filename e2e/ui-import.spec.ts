// Importing through the UI: the first-run screen's button, the folder dialog, the report
// with skipped and failed files grouped by reason, and the library that follows.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, expect, test } from './fixtures';

test('the first-run screen imports a folder and shows the import report', async ({ page, folio }) => {
  const folder = join(FIXTURES, 'feed-capture');
  const files = readdirSync(folder).length;
  await page.goto('/');

  await expect(page.getByRole('heading', { name: 'Welcome to Folio' })).toBeVisible();
  await folio.screenshot('ui-import-first-run');
  folio.pickNext([folder]);
  await page.getByRole('button', { name: 'Import Folder…' }).click();

  const report = page.getByRole('dialog', { name: 'Import finished' });
  await expect(report).toBeVisible();
  await expect(report.getByRole('definition').first()).toHaveText(String(files));
  await expect(report).toContainText(folder);
  await folio.screenshot('ui-import-report');
  await report.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option')).toHaveCount(files);
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^All articles/ })).toContainText(
    String(files),
  );
});

test('files that cannot be imported are listed by reason, each path copyable', async ({ page, folio }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const folder = join(FIXTURES, 'broken');
  // An empty file is not an article: the report must name it (FORMATS.md, "Bad input").
  const empty = join(folder, 'empty.md');
  await folio.importFolder(join(FIXTURES, 'markdown'));
  await page.goto('/');

  folio.pickNext([folder]);
  await page.getByRole('button', { name: 'Import Folder…' }).click();
  const report = page.getByRole('dialog', { name: 'Import finished' });
  const group = report.locator('details').filter({ hasText: empty });
  await expect(group).toHaveCount(1);
  await group.locator('summary').click();
  await expect(group.getByText(empty, { exact: true })).toBeVisible();
  await folio.screenshot('ui-import-issues');

  await group.getByRole('button', { name: `Copy path: ${empty}` }).click();
  const clipboard = () => page.evaluate(() => (globalThis as unknown as ClipboardHost).navigator.clipboard.readText());
  await expect.poll(clipboard).toBe(empty);
});

interface ClipboardHost {
  navigator: { clipboard: { readText(): Promise<string> } };
}
