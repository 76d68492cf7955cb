// Accessibility and the page at every size: axe-core (from node_modules, pinned) finds no serious
// or critical violation in light and dark; screenshots at 1440×900 and 1024×700, light and dark,
// English and Chinese UI, Simplified and Traditional articles; no sideways scrolling down to the
// window's minimum size, and the reading column keeps at least 30 characters a line.
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { FolioHarness } from './fixtures';
import { makeReadingArchive, SOURCES, TITLES } from './reading-archive';

const AXE = resolve('node_modules/axe-core/axe.min.js');

let archive = '';
test.beforeEach(() => {
  archive = makeReadingArchive();
});
test.afterEach(() => rmSync(archive, { recursive: true, force: true }));

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol: the app's CSP (rightly) refuses an injected <script>.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const page = globalThis as unknown as {
      document: unknown;
      axe: { run(context: unknown, options: object): Promise<{ violations: AxeViolation[] }> };
    };
    return (await page.axe.run(page.document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openArticle(page: Page, source: string, title: string): Promise<void> {
  // The sources list by its name (the library pane lists the imported folders after it).
  const sources = page.getByRole('navigation').getByRole('list', { name: /^(Sources|来源)$/ });
  await sources.getByRole('button', { name: new RegExp(`^${source}[ ,]`) }).click();
  await page.getByRole('listbox').getByRole('option').filter({ hasText: title }).click();
  await expect(page.locator('.article-title')).toHaveText(title);
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious violations in the ${theme} theme`, async ({ page, folio }) => {
    await folio.importFolder(archive);
    await folio.service.updateSettings({ theme });
    await page.goto('/');
    await openArticle(page, SOURCES.hant, TITLES.hant[0]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Text settings' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Manage sources…' }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => {
    const g = globalThis as unknown as {
      innerWidth: number;
      document: { documentElement: { scrollWidth: number }; body: { scrollWidth: number } };
    };
    return [g.document.documentElement.scrollWidth, g.document.body.scrollWidth, g.innerWidth];
  });
  expect(Math.max(widths[0] ?? 0, widths[1] ?? 0)).toBeLessThanOrEqual(widths[2] ?? 0);
}

/** Characters a line in the reading column: its content width in ems of its font. */
async function charactersPerLine(page: Page): Promise<number> {
  return page.locator('.article-body').evaluate((body) => {
    const { getComputedStyle } = globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } };
    return body.getBoundingClientRect().width / parseFloat(getComputedStyle(body).fontSize);
  });
}

async function shoot(
  page: Page,
  folio: FolioHarness,
  size: [number, number],
  theme: 'light' | 'dark',
  language: 'en' | 'zh',
  script: 'hans' | 'hant',
) {
  await page.setViewportSize({ width: size[0], height: size[1] });
  await folio.service.updateSettings({ theme, language });
  await page.goto('/');
  await openArticle(page, SOURCES[script], TITLES[script][0]);
  await noSidewaysScroll(page);
  expect(await charactersPerLine(page)).toBeGreaterThanOrEqual(30);
  await folio.screenshot(`reading-${size[0]}x${size[1]}-${theme}-${language}-${script}`);
}

test('screenshots at 1440×900 and 1024×700: the reader keeps 30 characters a line, nothing scrolls sideways', async ({ page, folio }) => {
  test.setTimeout(120_000);
  await folio.importFolder(archive);
  await shoot(page, folio, [1440, 900], 'light', 'en', 'hans');
  await shoot(page, folio, [1440, 900], 'dark', 'zh', 'hant');
  await shoot(page, folio, [1024, 700], 'light', 'zh', 'hans');
  await shoot(page, folio, [1024, 700], 'dark', 'en', 'hant');
  await shoot(page, folio, [1024, 700], 'light', 'en', 'hans');
  await shoot(page, folio, [1440, 900], 'dark', 'en', 'hans');

  // Down to the window's minimum size (720×480): panes give way, the page never scrolls sideways.
  await page.setViewportSize({ width: 720, height: 480 });
  // Measured once the app has handled the resize (the panes give way on its resize event): the list has stepped aside.
  const list = page.getByRole('listbox', { name: 'Articles' });
  await expect(list).toBeHidden();
  await noSidewaysScroll(page);
  expect(await charactersPerLine(page)).toBeGreaterThanOrEqual(30);
  await folio.screenshot('reading-720x480-dark-en-hans');
  // F shows the list over the article (there is no room beside it); opening the next article puts it away.
  await page.keyboard.press('f');
  await expect(list).toBeVisible();
  await noSidewaysScroll(page);
  await folio.screenshot('reading-720x480-list');
  await list.getByRole('option').nth(1).click();
  await expect(list).toBeHidden();
  // B cycles the library pane: icons → hidden → full.
  await page.keyboard.press('b');
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeHidden();
  await noSidewaysScroll(page);
});
