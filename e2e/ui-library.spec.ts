// The library pane: smart views and one entry per source, each with its count; selecting
// an entry shows exactly its articles.
import { FIXTURES, expect, test } from './fixtures';

test('the library pane counts articles per source, and a source shows only its own', async ({ page, folio }) => {
  await folio.importFolder(FIXTURES);
  const overview = await folio.service.getOverview();
  expect(overview.sources.length).toBeGreaterThan(1);
  await page.goto('/');

  const pane = page.getByRole('navigation', { name: 'Library' });
  const list = page.getByRole('listbox', { name: 'Articles' });
  await expect(pane.getByRole('button', { name: /^All articles/ })).toContainText(String(overview.total));
  await expect(pane.getByRole('button', { name: /^Unread/ })).toContainText(String(overview.unread));
  await folio.screenshot('ui-library-pane');

  let sum = 0;
  for (const source of overview.sources) {
    const entry = pane.getByRole('list', { name: 'Sources' }).getByRole('button', { name: source.name, exact: false });
    await expect(entry).toContainText(String(source.count));
    await entry.click();
    await expect(entry).toHaveAttribute('aria-current', 'true');
    await expect(page.getByText(`${source.count} article${source.count === 1 ? '' : 's'}`, { exact: true })).toBeVisible();
    await expect(list.getByRole('option')).toHaveCount(source.count);
    for (const row of await list.getByRole('option').all()) await expect(row.locator('.row-source')).toHaveText(source.name);
    sum += source.count;
  }
  expect(sum).toBe(overview.total);
});
