// Reading: an article opened from the list shows its title, metadata and body in the
// reading pane; links leave only through the system browser.
import { join } from 'node:path';
import { FIXTURES, expect, test } from './fixtures';

const TITLE = '习近平访俄甚过当年毛泽东拜会斯大林';
/** The capture's <!--1679391902000--> comment, the article's publication time. */
const PUBLISHED = new Date(1679391902000).toISOString();

test('an article opened from the list is shown in the reading pane', async ({ page, folio }) => {
  await folio.importFolder(join(FIXTURES, 'feed-capture'));
  await page.goto('/');

  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').filter({ hasText: TITLE }).click();

  const reader = page.getByRole('region', { name: 'Article', exact: true });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(reader.locator('time')).toHaveAttribute('datetime', PUBLISHED);
  await expect(reader).toContainText('克里姆林宫低调回应称');
  // The lead photo is remote (never fetched): a placeholder stands in for it.
  await expect(reader.getByRole('img', { name: 'Image not downloaded' })).toBeVisible();
  await folio.screenshot('ui-reading-article');

  await reader.getByRole('link', { name: /Open original/ }).click();
  await expect.poll(() => folio.opened).toEqual([expect.stringMatching(/^https:\/\/www\.rfi\.fr\/cn\//)]);
  await expect(page).toHaveURL(/\/$/);
});

test('links in an article open in the system browser, and unsafe ones do nothing', async ({ page, folio }) => {
  await folio.importFolder(join(FIXTURES, 'hostile'));
  await page.goto('/');
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().click();

  const body = page.getByRole('region', { name: 'Article', exact: true }).locator('.article-body');
  await expect(body).toContainText('Visible paragraph two.');
  await body.getByRole('link', { name: 'safe link' }).click();
  await body.getByText('javascript link').click();

  await expect.poll(() => folio.opened).toEqual(['https://example.org/safe']);
  await expect(page).toHaveURL(/\/$/);
  expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await folio.screenshot('ui-reading-hostile');
});
