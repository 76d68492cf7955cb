// Read/unread and stars are saved in the library: they survive a reload of the window.
import { join } from 'node:path';
import { FIXTURES, expect, test } from './fixtures';

test('read, unread and starred survive a reload', async ({ page, folio }) => {
  await folio.importFolder(join(FIXTURES, 'encodings'));
  await page.goto('/');

  const pane = page.getByRole('navigation', { name: 'Library' });
  const list = page.getByRole('listbox', { name: 'Articles' });
  const rows = list.getByRole('option');
  await expect(rows).toHaveCount(4);
  await expect(pane.getByRole('button', { name: /^Unread/ })).toContainText('4');
  const [first, second] = [rows.nth(0), rows.nth(1)];
  const firstTitle = await first.locator('.row-title').textContent();
  const secondTitle = await second.locator('.row-title').textContent();

  // Opening marks read; S stars the open article.
  await first.click();
  await expect(first.getByRole('img', { name: 'Unread' })).toHaveCount(0);
  await page.keyboard.press('s');
  await expect(first).toHaveAccessibleName(/, Starred$/);

  // Opened (so read), then M makes it unread again; the toolbar button says so.
  await second.click();
  await page.keyboard.press('m');
  await expect(page.getByRole('toolbar').getByRole('button', { name: 'Mark read' })).toBeVisible();
  await expect(second.getByRole('img', { name: 'Unread' })).toBeVisible();
  await expect(pane.getByRole('button', { name: /^Unread/ })).toContainText('3');
  await expect(pane.getByRole('button', { name: /^Starred/ })).toContainText('1');
  await folio.screenshot('ui-article-state-before-reload');

  await page.reload();
  const rowOf = (title: string | null) => list.getByRole('option').filter({ hasText: title ?? '' });
  await expect(rowOf(firstTitle).getByRole('img', { name: 'Unread' })).toHaveCount(0);
  await expect(rowOf(firstTitle)).toHaveAccessibleName(/, Starred$/);
  await expect(rowOf(secondTitle).getByRole('img', { name: 'Unread' })).toBeVisible();
  await expect(pane.getByRole('button', { name: /^Unread/ })).toContainText('3');
  await expect(pane.getByRole('button', { name: /^Starred/ })).toContainText('1');

  await pane.getByRole('button', { name: /^Starred/ }).click();
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option')).toContainText(firstTitle ?? '');
  await folio.screenshot('ui-article-state-after-reload');
});
