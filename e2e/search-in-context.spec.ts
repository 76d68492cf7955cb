// Issue 12 item 6: the search box says what a search covers when a source is
// selected and widens it in one click; changing or clearing the query takes the
// open article's marks and match counter away at once; title matches are marked.
import { FIXTURES, expect, test } from './fixtures';

test('with a source selected the search box says so, and one click searches everything', async ({ page, folio }) => {
  await folio.importFolder(FIXTURES);
  await page.goto('/');

  const source = (await folio.service.getOverview()).sources.find((s) => s.name === 'feed-capture');
  const count = async (view: Parameters<typeof folio.service.search>[0]['view']) =>
    (await folio.service.search({ query: '普京', view, sort: 'relevance', offset: 0, limit: 1 })).total;
  const inSource = await count({ kind: 'source', sourceId: source?.id ?? 0 });
  const everywhere = await count({ kind: 'all' });
  expect(everywhere).toBeGreaterThan(inSource);

  await page
    .getByRole('list', { name: 'Sources' })
    .getByRole('button', { name: /^feed-capture/ })
    .click();
  await expect(page.getByText('in feed-capture')).toBeVisible();
  const box = page.getByRole('combobox', { name: 'Search articles' });
  await box.fill('普京');
  const status = page.getByRole('status').filter({ hasText: /\d+ results?/ });
  await expect(status).toHaveText(`${inSource} results`);
  await folio.screenshot('search-scope');

  await page.getByRole('button', { name: 'search all' }).click();
  await expect(page.getByText('in feed-capture')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^All articles/ })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(status).toHaveText(`${everywhere} results`);
});

test('changing or clearing the query takes the marks and the match counter away at once', async ({ page, folio }) => {
  await folio.importFolder(FIXTURES);
  await page.goto('/');

  const box = page.getByRole('combobox', { name: 'Search articles' });
  await box.fill('書展');
  // The headline holding the query is suggested over the first results: Escape closes the suggestions.
  await expect(page.getByRole('listbox', { name: 'Headlines' })).toBeVisible();
  await box.press('Escape');
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
  const reader = page.getByRole('region', { name: 'Article', exact: true });
  await expect(reader.locator('.article-body mark.folio-hit').first()).toBeVisible();
  await expect(reader.getByRole('group', { name: 'Search matches' })).toBeVisible();
  // The title holds the query too: it is marked like the body.
  await expect(reader.getByRole('heading', { level: 1 }).locator('mark')).toHaveText(['書展']);

  await box.fill('書展 讀者');
  await expect(reader.locator('mark')).toHaveCount(0);
  await expect(reader.getByRole('group', { name: 'Search matches' })).toBeHidden();
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('書展');

  await box.fill('書展');
  await expect(page.getByRole('listbox', { name: 'Headlines' })).toBeVisible();
  await box.press('Escape');
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
  await expect(reader.locator('.article-body mark.folio-hit').first()).toBeVisible();
  await box.fill('');
  await expect(reader.locator('mark')).toHaveCount(0);
  await expect(reader.getByRole('group', { name: 'Search matches' })).toBeHidden();
});
