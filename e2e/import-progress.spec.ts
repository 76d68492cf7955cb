// Importing a large mixed folder through the UI: the progress bar moves, Cancel
// stops the job with whole articles kept, and the next import finishes the rest
// and reports what it skipped.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../tests/helpers/corpus';
import { FIXTURES, expect, test } from './fixtures';

const GENERATED = 3000;

test('a long import shows progress, can be cancelled, and a second import completes it', async ({ page, folio }) => {
  const folder = mkdtempSync(join(tmpdir(), 'folio-mixed-'));
  writeCorpus(join(folder, 'bulk'), GENERATED);
  for (const kind of ['feed-capture', 'jekyll', 'html-page', 'markdown', 'encodings', 'broken'])
    cpSync(join(FIXTURES, kind), join(folder, kind), { recursive: true });
  try {
    await page.goto('/');
    folio.pickNext([folder]);
    await page.getByRole('button', { name: 'Import Folder…' }).click();

    const progress = page.getByRole('status', { name: 'Importing' });
    await expect(progress).toBeVisible();
    const bar = progress.locator('progress');
    await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(200);
    await expect(progress).toContainText(/files/);
    await folio.screenshot('import-progress');
    await progress.getByRole('button', { name: 'Cancel' }).click();

    const cancelled = page.getByRole('dialog', { name: 'Import cancelled' });
    await expect(cancelled).toBeVisible();
    await folio.screenshot('import-cancelled');
    const kept = (await folio.service.getOverview()).total;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(GENERATED);
    await cancelled.getByRole('button', { name: 'Close' }).click();
    // The count is shown grouped (1,011): compare it the way the UI writes it.
    await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^All articles/ })).toContainText(
      kept.toLocaleString('en-US'),
    );

    folio.pickNext([folder]);
    await page.getByRole('button', { name: 'Import Folder…' }).click();
    const finished = page.getByRole('dialog', { name: 'Import finished' });
    await expect(finished).toBeVisible({ timeout: 60_000 });
    await expect(finished).toContainText('empty');
    await expect(finished).toContainText('binary file');
    const overview = await folio.service.getOverview();
    expect(overview.total).toBeGreaterThan(GENERATED);
    await folio.screenshot('import-completed');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
