// Keyboard first: moving through the list, opening, switching views and searching
// without touching the mouse.
import { FIXTURES, expect, test } from './fixtures';

test('J/K and the arrows move through the list, Enter opens, digits switch views', async ({ page, folio }) => {
  await folio.importFolder(FIXTURES);
  await page.goto('/');

  const rows = page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
  const reader = page.getByRole('region', { name: 'Article', exact: true });
  await expect(rows.first()).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  const second = (await rows.nth(1).locator('.row-title').textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(second);

  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');
  const third = (await rows.nth(2).locator('.row-title').textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(third);
  await folio.screenshot('ui-keyboard-reading');

  // 2 = Unread: the two articles just opened are read now.
  const total = (await folio.service.getOverview()).total;
  await page.keyboard.press('2');
  await expect(page.getByRole('button', { name: /^Unread/ })).toHaveAttribute('aria-current', 'true');
  // Counted by the list's header: the list itself only renders the rows in view.
  const header = page.getByRole('region', { name: 'Articles', exact: true });
  await expect(header).toContainText(`${total - 2} articles`);
  await page.keyboard.press('1');
  await expect(header).toContainText(`${total} articles`);
});

test('/ focuses the search, arrows move through results, Esc clears then leaves', async ({ page, folio }) => {
  await folio.importFolder(FIXTURES);
  await page.goto('/');

  const box = page.getByRole('combobox', { name: 'Search articles' });
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type('普京');
  // The answer to the whole text, not to its first keystroke: a newer answer puts the cursor back on the first hit.
  await expect(page.locator('.search-summary')).toHaveAttribute('data-searched', '普京');
  const hits = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  // The results of the whole query, not of its first character (a later answer starts the selection over).
  await expect(hits.first().locator('mark').first()).toHaveText('普京');
  await expect(hits.nth(1)).toBeVisible();

  await page.keyboard.press('ArrowDown');
  await expect(hits.nth(1)).toHaveAttribute('aria-selected', 'true');
  const title = (await hits.nth(1).locator('.row-title').textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Article', exact: true }).getByRole('heading', { level: 1 })).toHaveText(title);

  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await expect(page.getByRole('listbox', { name: 'Articles' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(box).not.toBeFocused();

  await page.keyboard.press('Control+f');
  await expect(box).toBeFocused();
});

test('? lists the shortcuts', async ({ page, folio }) => {
  await folio.importFolder(FIXTURES);
  await page.goto('/');
  await page.getByRole('listbox', { name: 'Articles' }).waitFor();

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toContainText('Next / previous search match');
  await folio.screenshot('ui-keyboard-help');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
