// Search across scripts and with filters: a Traditional query finds Simplified
// text, and source: / after: narrow the results.
import { join } from 'node:path';
import { FIXTURES, expect, test } from './fixtures';

const RFI_TITLE = '习近平访俄甚过当年毛泽东拜会斯大林';
const BOOK_FAIR_TITLE = '台北書展開幕 [更新] 讀者排隊入場';

test('習近平 finds the article written 习近平, and source: and after: narrow the results', async ({ page, folio }) => {
  await folio.importFolder(join(FIXTURES, 'feed-capture'));
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search articles' });
  const results = page.getByRole('listbox', { name: 'Search results' });

  await box.fill('習近平');
  await expect(results.getByRole('option')).toHaveCount(2);
  await expect(results.getByRole('option').filter({ hasText: RFI_TITLE })).toBeVisible();
  // The Simplified title is highlighted for the Traditional query.
  await expect(results.getByRole('option').filter({ hasText: RFI_TITLE }).locator('mark').first()).toHaveText('习近平');
  await folio.screenshot('search-traditional');

  await box.fill('習近平 source:rfi.fr');
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.getByRole('option')).toContainText(RFI_TITLE);
  await expect(page.getByRole('button', { name: 'Remove filter source:rfi.fr' })).toBeVisible();

  await box.fill('習近平 after:2023-06-01');
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.getByRole('option')).toContainText(BOOK_FAIR_TITLE);
  await folio.screenshot('search-filter-after');
});
