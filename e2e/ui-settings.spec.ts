// Settings: theme, language and reading size apply at once and are kept by the library.
import { join } from 'node:path';
import { FIXTURES, expect, test } from './fixtures';

test('dark theme, Chinese UI and a larger reading size apply at once and survive a reload', async ({ page, folio }) => {
  await folio.importFolder(join(FIXTURES, 'feed-capture'));
  await page.goto('/');
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().click();

  await page.keyboard.press('Control+,');
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByText('Dark', { exact: true }).click();
  await dialog.getByText('中文', { exact: true }).click();
  // The dialog is in Chinese now.
  await expect(page.getByRole('dialog', { name: '设置' })).toBeVisible();
  await page.getByRole('slider', { name: '正文字号' }).fill('22');
  await folio.screenshot('ui-settings-dialog-zh');
  await page.keyboard.press('Escape');

  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('.reading-column')).toHaveCSS('font-size', '22px');
  await expect(page.getByRole('navigation', { name: '文库' })).toContainText('全部文章');
  await folio.screenshot('ui-settings-dark-zh');

  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('navigation', { name: '文库' })).toBeVisible();
  expect(await folio.service.getSettings()).toMatchObject({ theme: 'dark', language: 'zh', fontSize: 22 });
});
