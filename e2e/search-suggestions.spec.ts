// Issue 15: suggestions under the search box (headlines — Enter opens one — and
// "did you mean"), and a saved search in the library pane that gains an article
// when a later import brings one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedCapture, writeFiles } from '../tests/helpers/article-files';
import { FIXTURES, expect, test } from './fixtures';

test('headlines matching the query are suggested, and Enter on one opens it with the title marked', async ({ page, folio }) => {
  await folio.importFolder(FIXTURES);
  await page.goto('/');

  const box = page.getByRole('combobox', { name: 'Search articles' });
  await box.click();
  await page.keyboard.type('Night mark');
  const headlines = page.getByRole('listbox', { name: 'Headlines' });
  await expect(headlines.getByRole('option', { name: 'Night market reopens after renovation' })).toBeVisible();
  await folio.screenshot('search-suggestions');

  await box.press('ArrowDown');
  await expect(headlines.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  const title = page.getByRole('region', { name: 'Article', exact: true }).getByRole('heading', { level: 1 });
  await expect(title).toHaveText('Night market reopens after renovation');
  await expect(title.locator('mark')).toHaveText(['Night', 'market']);
  await expect(headlines).toBeHidden();
});

test('a misspelt English word gets a "did you mean" from the library’s own words', async ({ page, folio }) => {
  await folio.importFolder(FIXTURES);
  await page.goto('/');

  const box = page.getByRole('combobox', { name: 'Search articles' });
  await box.fill('renovatoin ');
  await expect(page.getByText('No articles match “renovatoin ”.')).toBeVisible();
  const correction = page.getByRole('listbox', { name: 'Did you mean' }).getByRole('option');
  await expect(correction).toHaveText('renovation ');
  await folio.screenshot('search-did-you-mean');

  await correction.click();
  await expect(box).toHaveValue('renovation ');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toContainText([
    'Night market reopens after renovation',
  ]);
});

test('a saved search sits in the library pane and gains an article that a later import brings', async ({ page, folio }) => {
  await folio.importFolder(FIXTURES);
  await page.goto('/');

  await page.getByRole('combobox', { name: 'Search articles' }).fill('renovation');
  await expect(page.getByRole('status').filter({ hasText: '1 result' })).toBeVisible();
  await page.getByRole('button', { name: 'Save search' }).click();
  const saved = page.getByRole('list', { name: 'Saved searches' }).getByRole('button', { name: /^renovation/ });
  await expect(saved).toContainText('1');
  await expect(saved).toHaveAttribute('aria-current', 'true');

  const more = mkdtempSync(join(tmpdir(), 'folio-e2e-more-'));
  try {
    writeFiles(more, {
      'harbour.txt': feedCapture('Harbour renovation finished', 'https://example.org/harbour', '<p>The quay reopens.</p>'),
    });
    await folio.importFolder(more);
  } finally {
    rmSync(more, { recursive: true, force: true });
  }
  await expect(saved).toContainText('2');
  await expect(page.getByRole('status').filter({ hasText: '2 results' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await folio.screenshot('search-saved-search');

  // Renamed in place, and still there after a reload (kept in state.db).
  await saved.hover();
  await page.getByRole('button', { name: 'Rename renovation' }).click();
  const name = page.getByRole('textbox', { name: 'Name of the saved search' });
  await name.fill('Rebuilt places');
  await name.press('Enter');
  await page.reload();
  await expect(page.getByRole('list', { name: 'Saved searches' }).getByRole('button', { name: /^Rebuilt places/ })).toContainText('2');

  // The same pane in the dark theme and in Chinese, with a source selected and a query typed.
  await folio.service.updateSettings({ theme: 'dark', language: 'zh' });
  await page.reload();
  await page.getByRole('list', { name: '来源' }).getByRole('button', { name: /^泡泡/ }).click();
  await page.getByRole('combobox').fill('手机');
  await expect(page.getByText('在「泡泡」中')).toBeVisible();
  await expect(page.locator('.search-summary')).toHaveAttribute('data-searched', '手机');
  await folio.screenshot('search-saved-scope-dark-zh');
});
