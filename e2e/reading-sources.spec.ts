// Sources the user manages: right-click a source to rename it, merge it into another, hide it
// from All, or remove its articles (asked first, with the count, and undoable).
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { makeReadingArchive, SOURCES } from './reading-archive';

let archive = '';
test.beforeEach(() => {
  archive = makeReadingArchive();
});
test.afterEach(() => rmSync(archive, { recursive: true, force: true }));

const sources = (page: Page) => page.getByRole('navigation', { name: 'Library' }).getByRole('list', { name: 'Sources' });
const entry = (page: Page, name: string) => sources(page).getByRole('button', { name: new RegExp(`^${name}[ ,]`) });

async function menu(page: Page, name: string, item: string): Promise<void> {
  await entry(page, name).click({ button: 'right' });
  await page
    .getByRole('menu', { name: `Actions for ${name}` })
    .getByRole('menuitem', { name: item })
    .click();
}

test('rename and merge sources; the names survive a re-import', async ({ page, folio }) => {
  await folio.importFolder(archive);
  await page.goto('/');

  await menu(page, SOURCES.en, 'Rename…');
  const dialog = page.getByRole('dialog', { name: 'Sources' });
  const name = dialog.getByRole('textbox', { name: `Name of ${SOURCES.en}` });
  await expect(name).toBeFocused();
  await name.fill('River News');
  await name.press('Enter');
  await expect(entry(page, 'River News')).toBeVisible();
  await expect(dialog).toContainText(`Imported as “${SOURCES.en}”`);
  await folio.screenshot('reading-sources-dialog');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await menu(page, SOURCES.hant, 'Merge into…');
  await dialog.getByRole('combobox', { name: `Merge “${SOURCES.hant}” into` }).selectOption({ label: SOURCES.hans });
  await expect(dialog.getByRole('alertdialog')).toContainText(`Its 3 articles will be listed under “${SOURCES.hans}”`);
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(entry(page, SOURCES.hant)).toHaveCount(0);
  await expect(entry(page, SOURCES.hans)).toContainText('6');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await folio.importFolder(archive);
  await page.reload();
  await expect(entry(page, 'River News')).toBeVisible();
  await expect(entry(page, SOURCES.hans)).toContainText('6');
  await expect(sources(page).getByRole('button')).toHaveCount(2);
});

test('hide a source from All; remove its articles after saying how many, and undo', async ({ page, folio }) => {
  await folio.importFolder(archive);
  await page.goto('/');
  const all = page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^All articles/ });
  await expect(all).toContainText('9');

  await menu(page, SOURCES.en, 'Hide from All');
  await expect(all).toContainText('6');
  await expect(entry(page, SOURCES.en)).toHaveAttribute('title', /Hidden from All and Unread/);
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option')).toHaveCount(6);
  await menu(page, SOURCES.en, 'Show in All');
  await expect(all).toContainText('9');

  await menu(page, SOURCES.hans, 'Remove articles…');
  const confirm = page.getByRole('dialog', { name: 'Sources' }).getByRole('alertdialog');
  await expect(confirm).toContainText(`Remove 3 articles of “${SOURCES.hans}” from the library?`);
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('dialog', { name: 'Sources' }).getByRole('button', { name: 'Close' }).click();
  await expect(entry(page, SOURCES.hans)).toHaveCount(0);
  await expect(all).toContainText('6');
  const toast = page.getByRole('status').filter({ hasText: '3 articles removed.' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(entry(page, SOURCES.hans)).toContainText('3');
  await expect(all).toContainText('9');
});
