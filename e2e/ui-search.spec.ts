// Search: results as you type, highlighted; opening a hit highlights every match in the
// article, and F3 / Shift+F3 / Enter move between them.
import { FIXTURES, expect, test } from './fixtures';

test('a Chinese search opens a hit with every match marked, and F3 moves between matches', async ({ page, folio }) => {
  await folio.importFolder(FIXTURES);
  await page.goto('/');

  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search articles' });
  await expect(box).toBeFocused();
  await page.keyboard.type('普京');

  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(page.getByRole('status').filter({ hasText: /\d+ results?/ })).toBeVisible();
  const hits = results.getByRole('option');
  await expect(hits.first()).toBeVisible();
  // Every result highlights the query, and every highlight is the query (Traditional text folds to the same characters).
  await expect(hits.filter({ has: page.locator('mark') })).toHaveCount(await hits.count());
  expect(new Set(await results.locator('mark').allTextContents())).toEqual(new Set(['普京']));
  await folio.screenshot('ui-search-results-zh');

  // The article that quotes him most (the fixtures hold several that mention him once).
  await results.getByRole('option').filter({ hasText: '习近平访俄甚过当年毛泽东拜会斯大林' }).click();
  const reader = page.getByRole('region', { name: 'Article', exact: true });
  const marks = reader.locator('mark.folio-hit');
  await expect(marks.first()).toBeVisible();
  const matchCount = new Set(await marks.evaluateAll((all) => all.map((m) => m.getAttribute('data-hit')))).size;
  expect(matchCount).toBeGreaterThan(1);
  const position = reader.getByRole('group', { name: 'Search matches' });
  await expect(position).toContainText(`1 / ${matchCount}`);
  await expect(reader.locator('mark.current')).toHaveAttribute('data-hit', '0');
  await folio.screenshot('ui-search-hit-zh');

  await page.keyboard.press('F3');
  await expect(position).toContainText(`2 / ${matchCount}`);
  await expect(reader.locator('mark.current')).toHaveAttribute('data-hit', '1');
  await expect(reader.locator('mark.current')).toBeInViewport();

  await page.keyboard.press('Shift+F3');
  await expect(position).toContainText(`1 / ${matchCount}`);

  // Enter in the search box, after opening the hit, steps through the matches too.
  await box.press('Enter');
  await expect(position).toContainText(`2 / ${matchCount}`);
  await position.getByRole('button', { name: /Next match/ }).click();
  await expect(position).toContainText(`3 / ${matchCount}`);
  await expect(reader.locator('mark.current')).toHaveAttribute('data-hit', '2');
});

test('an English search finds whole words, and a filter chip can be removed', async ({ page, folio }) => {
  await folio.importFolder(FIXTURES);
  await page.goto('/');

  const box = page.getByRole('combobox', { name: 'Search articles' });
  await box.fill('renovation is:unread');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.getByRole('option')).toContainText('Night market reopens after renovation');
  await expect(results.locator('mark').first()).toHaveText(/renovation/i);
  await folio.screenshot('ui-search-results-en');

  await page.getByRole('button', { name: 'Remove filter is:unread' }).click();
  await expect(box).toHaveValue('renovation');
  await expect(page.getByRole('button', { name: /^Remove filter/ })).toHaveCount(0);

  await results.getByRole('option').first().click();
  await expect(page.getByRole('region', { name: 'Article', exact: true }).locator('mark.folio-hit').first()).toHaveText(/renovation/i);
});

test('a search with no hits says so and offers to remove its filters', async ({ page, folio }) => {
  await folio.importFolder(FIXTURES);
  await page.goto('/');

  await page.getByRole('combobox', { name: 'Search articles' }).fill('renovation is:starred');
  await expect(page.getByText('No articles match “renovation is:starred”.')).toBeVisible();
  await expect(page.getByText('Filters narrow this search. Try removing one:')).toBeVisible();
  await folio.screenshot('ui-search-empty');
});

test('recent searches appear under the empty search box and can be cleared', async ({ page, folio }) => {
  await folio.importFolder(FIXTURES);
  await page.goto('/');

  const box = page.getByRole('combobox', { name: 'Search articles' });
  await box.fill('普京');
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
  await expect(page.getByRole('region', { name: 'Article', exact: true }).locator('mark.folio-hit').first()).toBeVisible();

  await box.fill('');
  await box.blur();
  await box.focus();
  const history = page.getByRole('listbox', { name: 'Recent searches' });
  await expect(history.getByRole('option', { name: '普京' })).toBeVisible();
  await folio.screenshot('ui-search-history');

  await page.getByRole('button', { name: 'Clear history' }).click();
  await expect(history).toBeHidden();
  expect((await folio.service.getSearchHistory()).queries).toEqual([]);
});
