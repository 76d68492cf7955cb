// The daily reading loop, as a user drives it from the keyboard: unread counts, mark all read
// with undo, next unread across sources, j/k/Space through a source, [ ] between sources, o for
// the original; then the page set to the reader's eyes and everything still there after a reload.
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { makeReadingArchive, SOURCES, TITLES } from './reading-archive';

let archive = '';
test.beforeEach(() => {
  archive = makeReadingArchive();
});
test.afterEach(() => rmSync(archive, { recursive: true, force: true }));

const pane = (page: Page) => page.getByRole('navigation', { name: 'Library' });
const sourceEntry = (page: Page, name: string) =>
  pane(page)
    .getByRole('list', { name: 'Sources' })
    .getByRole('button', { name: new RegExp(`^${name}[ ,]`) });
const heading = (page: Page) => page.getByRole('region', { name: 'Article', exact: true }).getByRole('heading', { level: 1 });
const scrollTop = (page: Page) => page.locator('.reading-scroll').evaluate((e) => e.scrollTop);

test('mark all read with undo, and n goes on to the next unread across sources', async ({ page, folio }) => {
  await folio.importFolder(archive);
  await page.goto('/');

  // Unread counts, the total in the tooltip.
  const english = sourceEntry(page, SOURCES.en);
  await expect(english).toContainText('3');
  await expect(english).toHaveAttribute('title', /3 unread of 3/);
  await expect(pane(page).getByRole('button', { name: /^All articles/ })).toContainText('9');

  await english.click();
  await page.keyboard.press('Shift+A');
  const toast = page.getByRole('status').filter({ hasText: '3 articles marked as read.' });
  await expect(toast).toBeVisible();
  await expect(english.locator('.view-count')).toHaveCount(0);
  await expect(pane(page).getByRole('button', { name: /^Unread/ })).toContainText('6');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(english).toContainText('3');
  await expect(pane(page).getByRole('button', { name: /^Unread/ })).toContainText('9');

  // Work down the first source with n; past its last unread, n goes on to the next source with any.
  const order = (await folio.service.getOverview()).sources;
  const [first, second] = order as [(typeof order)[0], (typeof order)[0]];
  await sourceEntry(page, first.name).click();
  await folio.service.markRead({ view: { kind: 'source', sourceId: second.id } });
  const firstTitles = (
    await folio.service.listArticles({ view: { kind: 'source', sourceId: first.id }, sort: 'newest', offset: 0, limit: 10 })
  ).rows;
  for (const row of firstTitles) {
    await page.keyboard.press('n');
    await expect(heading(page)).toHaveText(row.title);
  }
  await page.keyboard.press('n');
  const third = order[2];
  if (!third) throw new Error('three sources expected');
  await expect(sourceEntry(page, third.name)).toHaveAttribute('aria-current', 'true');
  const thirdFirst = (
    await folio.service.listArticles({ view: { kind: 'source', sourceId: third.id }, sort: 'newest', offset: 0, limit: 1 })
  ).rows[0];
  await expect(heading(page)).toHaveText(thirdFirst?.title ?? '');
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { selected: true })).toContainText(
    thirdFirst?.title ?? '',
  );
  await folio.screenshot('reading-loop-next-unread');
  // Shift+N goes back: nothing unread before this article here, and the other sources are read now.
  await page.keyboard.press('Shift+N');
  await expect(page.getByRole('status').filter({ hasText: 'No more unread articles.' })).toBeVisible();

  // Search results can be marked read too, with the same undo.
  const volunteers = await folio.service.search({ query: 'volunteers', view: { kind: 'all' }, sort: 'date', offset: 0, limit: 10 });
  await folio.service.setArticleState({ ids: volunteers.hits.map((h) => h.id), read: false });
  await page.keyboard.press('1');
  await page.getByRole('combobox', { name: 'Search articles' }).fill('volunteers');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option')).not.toHaveCount(0);
  await page.getByRole('button', { name: 'Mark all read' }).click();
  const marked = page.getByRole('status').filter({ hasText: `${volunteers.total} search results marked as read.` });
  await expect(marked).toBeVisible();
  expect(
    (await folio.service.search({ query: 'volunteers is:unread', view: { kind: 'all' }, sort: 'date', offset: 0, limit: 10 })).total,
  ).toBe(0);
  await marked.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(
      async () =>
        (await folio.service.search({ query: 'volunteers is:unread', view: { kind: 'all' }, sort: 'date', offset: 0, limit: 10 })).total,
    )
    .toBeGreaterThan(0);
});

test('j/k open articles directly, Space pages and goes on, [ ] change source, o opens the original', async ({ page, folio }) => {
  await folio.importFolder(archive);
  await page.goto('/');
  await sourceEntry(page, SOURCES.hans).click();
  const rows = page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
  await expect(rows).toHaveCount(3);

  await page.keyboard.press('j');
  await expect(heading(page)).toHaveText(TITLES.hans[1]);
  await page.keyboard.press('k');
  await expect(heading(page)).toHaveText(TITLES.hans[0]);
  await page.keyboard.press('ArrowDown');
  await expect(heading(page)).toHaveText(TITLES.hans[1]);
  await page.getByRole('toolbar', { name: 'Article' }).getByRole('button', { name: 'Next article (J)' }).click();
  await expect(heading(page)).toHaveText(TITLES.hans[2]);
  await page.getByRole('toolbar', { name: 'Article' }).getByRole('button', { name: 'Previous article (K)' }).click();
  await expect(heading(page)).toHaveText(TITLES.hans[1]);

  // Space pages down; at the end of the article it opens the next one.
  await page.keyboard.press('Space');
  await expect.poll(() => scrollTop(page)).toBeGreaterThan(100);
  await page.keyboard.press('Shift+Space');
  await expect.poll(() => scrollTop(page)).toBe(0);
  for (let i = 0; i < 30 && (await heading(page).textContent()) === TITLES.hans[1]; i++) await page.keyboard.press('Space');
  await expect(heading(page)).toHaveText(TITLES.hans[2]);
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('o');
  await expect.poll(() => folio.opened).toEqual(['https://example.org/hans/2']);

  const names = (await folio.service.getOverview()).sources.map((s) => s.name);
  const at = names.indexOf(SOURCES.hans);
  await page.keyboard.press(at + 1 < names.length ? ']' : '[');
  await expect(sourceEntry(page, names[at + 1 < names.length ? at + 1 : at - 1] ?? '')).toHaveAttribute('aria-current', 'true');

  // Every shortcut of the loop is in the ? overlay.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const text of [
    'Next / previous unread, across sources',
    'Page down / up in the article; at the end, the next article',
    'Previous / next source',
    'Mark all as read (the view, or the search results)',
  ]) {
    await expect(help).toContainText(text);
  }
  await page.keyboard.press('Escape');
});

test('Aa settings apply live and, with the selection, sort, article and scroll, survive a reload', async ({ page, folio }) => {
  await folio.importFolder(archive);
  await page.goto('/');
  await sourceEntry(page, SOURCES.hant).click();
  await page.getByRole('button', { name: 'Newest first' }).click();
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').filter({ hasText: TITLES.hant[1] }).click();
  await expect(heading(page)).toHaveText(TITLES.hant[1]);
  const column = page.locator('.reading-column');
  await expect(column).toHaveAttribute('lang', 'zh-Hant');

  await page.getByRole('button', { name: 'Text settings' }).click();
  const popover = page.getByRole('dialog', { name: 'Text settings' });
  const size = popover.getByRole('slider', { name: 'Size' });
  await size.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(column).toHaveCSS('font-size', '22px');
  await popover.getByRole('slider', { name: 'Line spacing' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(column).toHaveCSS('line-height', `${Math.round(22 * 1.9 * 100) / 100}px`);
  await popover.getByRole('slider', { name: 'Characters a line' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(column).toHaveCSS('max-width', `${34 * 22 + 64}px`);
  await popover.getByText('Serif', { exact: true }).click();
  await expect(column).toHaveCSS('font-family', /^"Noto Serif CJK TC"/);
  await popover.getByRole('checkbox', { name: 'Justify' }).check();
  await expect(column.locator('.article-body p').first()).toHaveCSS('text-align', 'justify');
  await folio.screenshot('reading-loop-aa-popover');
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();

  await page.locator('.reading-scroll').evaluate((e) => e.scrollTo({ top: (e.scrollHeight - e.clientHeight) / 2 }));
  await expect.poll(async () => (await folio.service.getSession()).scroll).toBeGreaterThan(0.4);

  await page.reload();
  await expect(heading(page)).toHaveText(TITLES.hant[1]);
  await expect(sourceEntry(page, SOURCES.hant)).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('button', { name: 'Oldest first' })).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option', { selected: true })).toContainText(TITLES.hant[1]);
  await expect(column).toHaveCSS('font-size', '22px');
  await expect(column).toHaveCSS('font-family', /^"Noto Serif CJK TC"/);
  await expect(column.locator('.article-body p').first()).toHaveCSS('text-align', 'justify');
  await expect
    .poll(async () => page.locator('.reading-scroll').evaluate((e) => e.scrollTop / (e.scrollHeight - e.clientHeight)))
    .toBeGreaterThan(0.4);
});

test('with “mark read when scrolled past”, rows that leave the top of the list are marked read', async ({ page, folio }) => {
  await folio.importFolder(archive);
  await folio.service.updateSettings({ markReadOnScroll: true });
  await page.setViewportSize({ width: 1280, height: 420 });
  await page.goto('/');
  const list = page.getByRole('listbox', { name: 'Articles' });
  await expect(list.getByRole('option').first()).toBeVisible();
  await list.evaluate((e) => e.scrollTo({ top: 58 * 3 }));
  await expect.poll(async () => (await folio.service.getOverview()).unread).toBe(6);
});

test('hide read leaves only the unread; “ ” 、。 are full-width in Chinese articles', async ({ page, folio }) => {
  await folio.importFolder(archive);
  await page.goto('/');
  await sourceEntry(page, SOURCES.hans).click();
  const rows = page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
  await rows.first().click();
  await expect(rows.first()).toHaveAccessibleName(new RegExp(`^${TITLES.hans[0]}, ${SOURCES.hans}, `));
  await expect(rows.nth(1)).toHaveAccessibleName(/, Unread$/);
  await page.getByRole('button', { name: 'Hide read' }).click();
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Hide read' })).toHaveAttribute('aria-pressed', 'true');

  // Widths in ems of the reading font: full-width punctuation is 1em, Latin quotes about half.
  for (const title of [TITLES.hans[1], TITLES.hant[0]]) {
    await folio.service.getOverview();
    await page.keyboard.press('1');
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').filter({ hasText: title }).click();
    await expect(heading(page)).toHaveText(title);
    const widths = await page.locator('.article-body').evaluate((body) => {
      const { getComputedStyle } = globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } };
      return ['“', '”', '、', '。'].map((ch) => {
        const probe = body.ownerDocument.createElement('span');
        probe.textContent = ch;
        body.append(probe);
        const em = probe.getBoundingClientRect().width / parseFloat(getComputedStyle(probe).fontSize);
        probe.remove();
        return Math.round(em * 10) / 10;
      });
    });
    expect(widths, title).toEqual([1, 1, 1, 1]);
  }
});
