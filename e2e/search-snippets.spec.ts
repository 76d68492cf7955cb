// Issue 16: a results page builds snippets only for the rows on screen; rows
// scrolled into view get theirs as they come.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedCapture, writeFiles } from '../tests/helpers/article-files';
import { expect, test } from './fixtures';

test('rows scrolled into view get their snippets, highlighted', async ({ page, folio }) => {
  const root = mkdtempSync(join(tmpdir(), 'folio-e2e-snippets-'));
  try {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) {
      files[`h${i}.txt`] = feedCapture(
        `Port notes ${i}`,
        `https://example.org/h${i}`,
        `<p>Cranes at berth ${i}. The harbour master spoke.</p>`,
        1_600_000_000_000 + i,
      );
    }
    writeFiles(root, files);
    await folio.importFolder(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Search articles' }).fill('harbour ');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(page.getByRole('status').filter({ hasText: '60 results' })).toBeVisible();

  await results.evaluate((list) => list.scrollTo(0, list.scrollHeight));
  const last = results.getByRole('option', { name: /Port notes 0\b/ });
  await expect(last).toBeVisible();
  await expect(last.locator('.row-snippet mark')).toHaveText('harbour');
});
