// An article whose pictures live on a (loopback) image host: placeholders with alt
// text and host, one click downloads them in the main process — with progress — and
// they show inline, sized to the column, captions once, credits apart, the failure's
// reason where one failed. The page itself never contacts the image host: the
// fixture fails the test if any request leaves the app's own origin.
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, expect, test } from './fixtures';

const IMAGES: Record<string, [string, string]> = {
  '/photos/harbour.jpg': ['harbour.jpg', 'image/jpeg'],
  '/photos/fair.png': ['book-fair.png', 'image/png'],
  '/charts/trade.png': ['chart.png', 'image/png'],
};

/** An image host whose answers wait until the test lets them go (so the progress can be seen). */
async function startHost() {
  const held: (() => void)[] = [];
  let holding = true;
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const known = IMAGES[path];
    const answer = () => {
      if (!known) return res.writeHead(404).end();
      const body = readFileSync(join(FIXTURES, 'images', known[0]));
      res.writeHead(200, { 'content-type': known[1], 'content-length': body.length }).end(body);
    };
    if (holding) held.push(answer);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    release() {
      holding = false;
      for (const answer of held.splice(0)) answer();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function articleFolder(base: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'folio-pictures-'));
  writeFileSync(
    join(dir, 'harbour.md'),
    [
      '---',
      'title: 維港兩岸的新碼頭',
      'date: 2024-05-18',
      'source: 港聞',
      'url: https://news.example/hk/harbour',
      '---',
      '<p>新碼頭今早開放，市民沿海濱長廊散步，觀看渡輪進出。</p>',
      `<figure><img src="${base}/photos/harbour.jpg" alt="維港黃昏"><figcaption>黃昏時的維多利亞港（圖片來源：本報記者）</figcaption></figure>`,
      '<p>工程歷時三年，耗資約二十億元。</p>',
      `<p><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="${base}/photos/fair.png" alt="碼頭入口的人潮"></p>`,
      '<p>碼頭入口的人潮</p>',
      `<p><img src="${base}/charts/trade.png" title="過去五年的客運量"></p>`,
      '<p>Photo: Harbour Authority</p>',
      `<p><img src="${base}/photos/gone.jpg" alt="已刪除的照片"></p>`,
      '<p>當局表示，下月將增加班次。</p>',
    ].join('\n'),
  );
  return dir;
}

test("an article's pictures are downloaded on request and shown inline, with captions once and credits apart", async ({ page, folio }) => {
  const host = await startHost();
  const dir = articleFolder(host.base);
  try {
    await folio.importFolder(dir);
    await page.goto('/');
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().click();
    const reader = page.getByRole('region', { name: 'Article', exact: true });
    const body = reader.locator('.article-body');

    // Nothing was fetched by importing or opening: each picture is a stand-in with its alt text and host.
    await expect(body.locator('.missing-image')).toHaveCount(4);
    await expect(body.locator('.missing-image').first()).toContainText('維港黃昏');
    await expect(body.locator('.missing-image').first()).toContainText('127.0.0.1');
    await expect(reader.locator('.article-note')).toContainText('4 images were not downloaded.');
    expect(host.requests).toEqual([]);
    await folio.screenshot('images-missing');

    await body.getByRole('button', { name: 'Download this article’s images' }).first().click();
    const progress = page.getByRole('status', { name: 'Downloading images' });
    await expect(progress).toBeVisible();
    await expect(progress).toContainText('of 4 images');
    await expect(body.getByRole('button', { name: 'Downloading images…' }).first()).toBeDisabled();
    await folio.screenshot('images-progress');
    host.release();

    const finished = page.getByRole('status', { name: 'Images downloaded' });
    await expect(finished).toContainText('3 downloaded');
    await expect(finished).toContainText('1 failed');
    await expect(body.locator('img')).toHaveCount(3);
    for (const img of await body.locator('img').all()) {
      await expect.poll(() => img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
    }
    // Sized to the column, with its space reserved from the recorded size.
    const harbour = body.getByRole('button', { name: '維港黃昏' });
    await expect(harbour).toHaveAttribute('width', '960');
    const column = await body.boundingBox();
    const picture = await harbour.boundingBox();
    expect(picture?.width).toBeLessThanOrEqual(column?.width ?? 0);

    // The figure's own caption, its credit set apart; a title becomes a caption; the text under a picture is not repeated.
    await expect(body.locator('figcaption').first()).toContainText('黃昏時的維多利亞港');
    await expect(body.locator('figcaption .image-credit').first()).toHaveText('（圖片來源：本報記者）');
    await expect(body.locator('figcaption', { hasText: '過去五年的客運量' })).toHaveCount(1);
    await expect(body.locator('p.image-credit')).toHaveText('Photo: Harbour Authority');
    await expect(body.getByText('碼頭入口的人潮', { exact: true })).toHaveCount(1);
    await expect(body.locator('.missing-image')).toContainText('Could not be downloaded: HTTP 404');
    await expect(reader.locator('.article-note')).toContainText('1 image was not downloaded.');

    await harbour.scrollIntoViewIfNeeded();
    await reader.locator('.reading-scroll').evaluate((el) => el.scrollTo(0, 0));
    await folio.screenshot('images-article');

    // The viewer shows where a downloaded picture came from.
    await harbour.click();
    const viewer = page.getByRole('dialog', { name: 'Image viewer' });
    await expect(viewer.locator('.viewer-source')).toHaveText(`${host.base}/photos/harbour.jpg`);
    await expect(viewer.locator('.viewer-caption p')).toContainText('黃昏時的維多利亞港');
    await folio.screenshot('images-viewer');
    await page.keyboard.press('Escape');

    // Each address was asked for once, by the main process.
    expect([...host.requests].sort()).toEqual(['/charts/trade.png', '/photos/fair.png', '/photos/gone.jpg', '/photos/harbour.jpg']);

    // The same article in the dark theme.
    await folio.service.updateSettings({ theme: 'dark' });
    await page.reload();
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().click();
    await expect(body.locator('img')).toHaveCount(3);
    await body.getByRole('button', { name: '碼頭入口的人潮' }).scrollIntoViewIfNeeded();
    await folio.screenshot('images-article-dark');
  } finally {
    host.release();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('images of a whole view download from the list, and Settings shows their disk use, removes them, and keeps the proxy', async ({
  page,
  folio,
}) => {
  const host = await startHost();
  host.release();
  const dir = articleFolder(host.base);
  try {
    await folio.importFolder(dir);
    await page.goto('/');
    await page.getByRole('button', { name: 'Download the images of the articles in this view' }).click();
    await expect(page.getByRole('status', { name: 'Images downloaded' })).toContainText('3 downloaded');

    await page.keyboard.press('Control+,');
    const settings = page.getByRole('dialog', { name: 'Settings' });
    const images = settings.getByRole('region', { name: 'Images' });
    await expect(images).toContainText('3 downloaded images, 31 KB');
    await expect(images).toContainText('港聞: 3, 31 KB');
    await expect(images.getByRole('checkbox', { name: 'Download the images of newly imported articles' })).not.toBeChecked();

    // A proxy that is no proxy is refused with the reason; a real one is kept.
    const proxy = images.getByRole('textbox', { name: 'Proxy' });
    await proxy.fill('ftp://example.org');
    await proxy.press('Enter');
    await expect(page.getByRole('alert')).toContainText('a proxy is an http://, https:// or socks5:// URL');
    await proxy.fill('socks5://127.0.0.1:1080');
    await proxy.press('Enter');
    await expect.poll(async () => (await folio.service.getSettings()).imageProxy).toBe('socks5://127.0.0.1:1080');
    await images.getByText('Its site', { exact: true }).click();
    await expect.poll(async () => (await folio.service.getSettings()).imageReferer).toBe('origin');
    await images.scrollIntoViewIfNeeded();
    await folio.screenshot('images-settings');

    await images.getByRole('button', { name: 'Remove the downloaded images of 港聞' }).click();
    await expect(images).toContainText('0 downloaded images, 0 KB');
    await page.keyboard.press('Escape');
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().click();
    await expect(page.getByRole('region', { name: 'Article', exact: true }).locator('.missing-image')).toHaveCount(4);
  } finally {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
