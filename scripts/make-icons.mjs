// Makes every platform's icons from the one source image, resources/icon.png:
// PNG sizes for Linux (build/icons/NxN.png), build/icon.icns (macOS), build/icon.ico
// (Windows). electron-builder.yml points at these. Usage: node scripts/make-icons.mjs [outDir]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import png2icons from 'png2icons';
import { PNG } from 'pngjs';

export const LINUX_SIZES = [16, 32, 64, 128, 256, 512];
const SOURCE = 'resources/icon.png';

/** Halves an RGBA image by averaging each 2×2 block, weighting colour by alpha so edges do not darken. */
function halve(image) {
  const width = image.width >> 1;
  const height = image.height >> 1;
  const out = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ]) {
        const at = ((2 * y + dy) * image.width + 2 * x + dx) * 4;
        const alpha = image.data[at + 3];
        r += image.data[at] * alpha;
        g += image.data[at + 1] * alpha;
        b += image.data[at + 2] * alpha;
        a += alpha;
      }
      const to = (y * width + x) * 4;
      out.data[to] = a ? Math.round(r / a) : 0;
      out.data[to + 1] = a ? Math.round(g / a) : 0;
      out.data[to + 2] = a ? Math.round(b / a) : 0;
      out.data[to + 3] = Math.round(a / 4);
    }
  }
  return out;
}

export function makeIcons(outDir) {
  const source = readFileSync(SOURCE);
  let image = PNG.sync.read(source);
  const largest = Math.max(...LINUX_SIZES);
  if (image.width !== largest || image.height !== largest)
    throw new Error(`${SOURCE} must be ${largest}×${largest} (it is ${image.width}×${image.height})`);
  mkdirSync(join(outDir, 'icons'), { recursive: true });
  // Each size from the one above it: repeated halving is an exact box filter for powers of two.
  for (const size of [...LINUX_SIZES].reverse()) {
    while (image.width > size) image = halve(image);
    writeFileSync(join(outDir, 'icons', `${size}x${size}.png`), PNG.sync.write(image));
  }
  writeFileSync(join(outDir, 'icon.icns'), png2icons.createICNS(source, png2icons.BICUBIC2, 0));
  writeFileSync(join(outDir, 'icon.ico'), png2icons.createICO(source, png2icons.BICUBIC2, 0, true, true));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) makeIcons(process.argv[2] ?? 'build');
