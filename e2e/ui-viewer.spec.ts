// The image viewer: opened from an article's image, zoom (keys, wheel), pan (drag),
// next/previous across the article's images, caption shown, Esc closes.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { FIXTURES, expect, test } from './fixtures';

function articleWithTwoImages(): string {
  const dir = mkdtempSync(join(tmpdir(), 'folio-viewer-'));
  copyFileSync(join(FIXTURES, 'images', 'book-fair.png'), join(dir, 'book-fair.png'));
  copyFileSync(join(FIXTURES, 'markdown', 'images', 'stalls.png'), join(dir, 'stalls.png'));
  writeFileSync(
    join(dir, 'two-pictures.md'),
    [
      '---',
      'title: Two pictures from the fair',
      'date: 2023-05-01',
      'source: Viewer Test',
      '---',
      'The entrance in the morning.',
      '',
      '![書展入口](book-fair.png "The entrance")',
      '',
      'Later, the market stalls.',
      '',
      '![Market stalls](stalls.png "The main aisle")',
      '',
    ].join('\n'),
  );
  return dir;
}

async function transformOf(content: Locator): Promise<{ x: number; y: number; scale: number }> {
  const style = (await content.getAttribute('style')) ?? '';
  const translate = /translate(?:3d)?\(([-\d.]+)px,\s*([-\d.]+)px/.exec(style);
  const scale = /scale\(([-\d.]+)\)/.exec(style);
  return { x: Number(translate?.[1] ?? 0), y: Number(translate?.[2] ?? 0), scale: Number(scale?.[1] ?? 1) };
}

test('the viewer zooms, pans, steps through the images and closes with Esc', async ({ page, folio }) => {
  const dir = articleWithTwoImages();
  try {
    await folio.importFolder(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await page.goto('/');
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().click();
  const body = page.getByRole('region', { name: 'Article', exact: true }).locator('.article-body');
  await body.getByRole('button', { name: '書展入口' }).click();

  const viewer = page.getByRole('dialog', { name: 'Image viewer' });
  await expect(viewer).toContainText('Image 1 of 2');
  await expect(viewer.getByRole('img', { name: '書展入口' })).toBeVisible();
  await expect(viewer).toContainText('The entrance');
  await folio.screenshot('ui-viewer-open');

  const content = viewer.locator('.viewer-content');
  // One press of + zooms to 140 % (once its short animation has run).
  await page.keyboard.press('+');
  await expect.poll(async () => (await transformOf(content)).scale).toBeCloseTo(1.4, 2);
  const zoomed = await transformOf(content);

  const box = await viewer.locator('.viewer-stage').boundingBox();
  if (!box) throw new Error('viewer stage has no box');
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx + 120, cy + 60, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await transformOf(content)).x).toBeGreaterThan(zoomed.x + 50);

  await page.mouse.move(cx, cy);
  await page.mouse.wheel(0, -400);
  await expect.poll(async () => (await transformOf(content)).scale).toBeGreaterThan(zoomed.scale);
  await folio.screenshot('ui-viewer-zoomed');

  await page.keyboard.press('ArrowRight');
  await expect(viewer).toContainText('Image 2 of 2');
  await expect(viewer.getByRole('img', { name: 'Market stalls' })).toBeVisible();
  await expect(viewer).toContainText('The main aisle');
  // Each image opens unzoomed.
  await expect.poll(async () => (await transformOf(content)).scale).toBe(1);
  await page.keyboard.press('ArrowLeft');
  await expect(viewer).toContainText('Image 1 of 2');

  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
});
