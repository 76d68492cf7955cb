// A whole archive repository imported from its root, read in a time zone west of UTC:
// no site page in All articles, undated articles after every dated one, a date-only post
// shown on its own day with no time, hidden text nowhere, the credit under its photo,
// and the folder listed with Refresh.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, expect, test } from './fixtures';

// UTC−7 in September: a date-only post read as UTC midnight would show as the day before, at 5:00 PM.
test.use({ timezoneId: 'America/Los_Angeles' });

const REPO = join(FIXTURES, 'archive-repo');

test('All articles shows the posts, dated as their source dates them, and no site page', async ({ page, folio }) => {
  await folio.importFolder(REPO);
  await page.goto('/');

  const rows = page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
  await expect(rows).toHaveCount(5);
  await expect(rows.first()).toContainText('港口的清晨');
  // The undated draft comes last, saying so.
  await expect(rows.last()).toContainText('港口笔记');
  await expect(rows.last()).toContainText('undated');
  for (const sitePage of ['Tools', 'Scholars', 'Categories', 'BBC', 'https://'])
    await expect(rows.filter({ hasText: sitePage })).toHaveCount(0);

  const nightMarket = rows.filter({ hasText: '夜市翻新后重新开放' });
  await expect(nightMarket).toContainText('Sep 2, 2023');
  await nightMarket.click();
  const reader = page.getByRole('region', { name: 'Article', exact: true });
  await expect(reader.locator('time')).toHaveText('September 2, 2023');
  await expect(reader.locator('time')).toHaveAttribute('datetime', '2023-09-02');
  await folio.screenshot('ui-archive-date-only');

  // A wall-clock time is shown as written, not moved into the reader's zone.
  await rows.filter({ hasText: '港口的清晨' }).click();
  await expect(reader.locator('time')).toHaveText(/January 5, 2024 at 7:30\s?AM/);
  await expect(reader).toContainText('清晨六点，第一批渔船回到港口');
  for (const hidden of ['隐藏的副标题', 'wechatimg2682', '屏幕阅读器', '追踪代码']) await expect(reader).not.toContainText(hidden);
  await expect(reader.locator('.folio-credit')).toHaveText('图片来源：港务局');
  await folio.screenshot('ui-archive-hidden-and-credit');

  const library = page.getByRole('navigation', { name: 'Library' });
  await expect(library.getByRole('list', { name: 'Folders' })).toContainText('archive-repo');
  await expect(library.getByRole('button', { name: 'Refresh archive-repo' })).toBeEnabled();
  await folio.screenshot('ui-archive-folders');
});

test('Refresh re-imports a folder from the library pane', async ({ page, folio }) => {
  await folio.importFolder(REPO);
  await page.goto('/');
  const library = page.getByRole('navigation', { name: 'Library' });
  await library.getByRole('button', { name: 'Refresh archive-repo' }).click();
  // An unchanged folder: the report says so, and shows the counts a re-import has.
  const report = page.getByRole('dialog', { name: 'Import finished' });
  await expect(report).toBeVisible();
  await expect(report).toContainText('Unchanged');
  await folio.screenshot('ui-archive-refresh-report');
});

test('a first import reports only what happened, and lists each duplicate with the article it repeats', async ({ page, folio }) => {
  const folder = mkdtempSync(join(tmpdir(), 'folio-e2e-dup-'));
  try {
    const capture = '<!--1679391902000-->\n[同一篇报道](https://example.com/story?utm_source=rss)\n------\n\n<p>同一篇报道的正文。</p>\n';
    writeFileSync(join(folder, 'a.txt'), capture);
    writeFileSync(join(folder, 'b.txt'), capture.replace('utm_source=rss', 'utm_medium=feed'));
    writeFileSync(join(folder, 'empty.md'), '');
    await page.goto('/');
    folio.pickNext([folder]);
    await page.getByRole('button', { name: 'Import Folder…' }).click();

    const report = page.getByRole('dialog', { name: 'Import finished' });
    await expect(report).toBeVisible();
    const tiles = report.locator('.report-counts dt');
    await expect(tiles).toHaveText(['Imported', 'Duplicates', 'Skipped']);
    const duplicates = report.locator('details').filter({ hasText: 'same URL as an article already imported' });
    await duplicates.locator('summary').click();
    await expect(duplicates).toContainText('repeats “同一篇报道”');
    await expect(report.locator('details').filter({ hasText: 'empty' })).toBeVisible();
    await folio.screenshot('ui-import-first-report-duplicates');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
