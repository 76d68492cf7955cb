// Damage found while reading or searching is shown with a Repair button; the
// repair reads damaged articles again from their files, rebuilds the index, and
// the articles read and search as before.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, expect, test } from './fixtures';

/** Flips a byte every 50 in the first file of a library folder, from byte `from` up to `to` (a share of the file). */
function flipBytes(folder: string, from: number, to: number): void {
  const path = join(folder, readdirSync(folder)[0] as string);
  const bytes = readFileSync(path);
  for (let at = from; at < bytes.length * to; at += 50) bytes[at] = (bytes[at] as number) ^ 0x55;
  writeFileSync(path, bytes);
}

test('a damaged pack is reported with a Repair button, and repair brings the articles back', async ({ page, folio }) => {
  await folio.importFolder(join(FIXTURES, 'feed-capture'));
  // Every stored article in the pack is damaged.
  flipBytes(join(folio.libraryDir, 'packs'), 20, 1);
  await page.goto('/');

  const rows = page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
  await expect(rows).toHaveCount(2);
  await rows.first().click();
  const banner = page.locator('.damage-banner');
  await expect(banner).toContainText('Part of the library is damaged (packs/pack-000001.bin)');
  await expect(page.getByRole('alert').filter({ hasText: /stored text is damaged/ })).toBeVisible();
  await folio.screenshot('ui-repair-damaged-pack');

  await banner.getByRole('button', { name: 'Repair' }).click();
  await expect(banner).toContainText('The library is repaired: 2 damaged articles were read again from their files.');
  await rows.first().click();
  const reader = page.getByRole('region', { name: 'Article', exact: true });
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(reader.locator('.article-body')).toContainText(/\p{Script=Han}{10}/u);
  await folio.screenshot('ui-repair-repaired');
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);
});

test('a search over a damaged pack is reported in Chinese, in the dark theme, and repair makes it work again', async ({ page, folio }) => {
  await folio.importFolder(join(FIXTURES, 'feed-capture'));
  await folio.service.updateSettings({ language: 'zh', theme: 'dark' });
  flipBytes(join(folio.libraryDir, 'packs'), 20, 1);
  await page.goto('/');

  const box = page.getByRole('combobox', { name: '搜索文章' });
  await box.fill('普京');
  const banner = page.locator('.damage-banner');
  await expect(banner).toContainText('文库的一部分已损坏（packs/pack-000001.bin）');
  await folio.screenshot('ui-repair-damaged-search-zh-dark');

  await banner.getByRole('button', { name: '修复' }).click();
  await expect(banner).toContainText('文库已修复：从原文件重新读取了 2 篇受损的文章。');
  await box.fill('');
  await box.fill('普京');
  const hits = page.getByRole('listbox', { name: '搜索结果' }).getByRole('option');
  await expect(hits).toHaveCount(2);
  await expect(hits.first().locator('mark').first()).toHaveText('普京');
  await folio.screenshot('ui-repair-repaired-search-zh-dark');
});
