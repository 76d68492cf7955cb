// A local image is copied into the library whole or not at all. Its file is named by its
// content, so part of an image under that name (a copy cut short by a full disk or a crash)
// would be taken for the whole image by every later import: the copy is written beside the
// name and renamed into place only once it is whole.
import { readFileSync, readdirSync } from 'node:fs';
import type * as Fs from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFiles } from '../../helpers/article-files';
import { openService } from '../../helpers/open-service';
import { useTempDirs } from '../../helpers/temp-dir';

/** While set, copies into a library's images/ folder write half the image, then fail as a full disk does. */
const disk = { full: false };

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>();
  const copyFileSync: typeof fs.copyFileSync = (from, to, mode) => {
    if (!disk.full || !String(to).includes(`${sep}images${sep}`)) return fs.copyFileSync(from, to, mode);
    const bytes = fs.readFileSync(from);
    fs.writeFileSync(to, bytes.subarray(0, bytes.length >> 1));
    throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
  };
  return { ...fs, default: { ...fs, copyFileSync }, copyFileSync };
});

const tempDir = useTempDirs();
const PHOTO = readFileSync(resolve('tests/fixtures/images/photo.jpg'));

/** Every file under the library's images/ folder, by path relative to it. */
function imageFiles(dir: string): string[] {
  const images = join(dir, 'images');
  return readdirSync(images, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(images.length + 1));
}

describe('copying a local image into the library', () => {
  it('leaves nothing under the image’s name when the copy fails, and the whole image once it succeeds', async () => {
    const root = tempDir();
    writeFiles(root, {
      'harbour.md': '---\ntitle: 港口的清晨\ndate: 2024-01-05\n---\n渔船回港。\n\n![渔船](photo.jpg)\n',
      'photo.jpg': PHOTO,
    });
    const dir = tempDir();
    const service = await openService(dir);
    try {
      disk.full = true;
      const { report: failed } = await service.importFolders([root]);
      expect(failed.failed).toEqual([{ path: join(root, 'harbour.md'), reason: expect.stringContaining('no space left') }]);
      expect(imageFiles(dir)).toEqual([]);

      disk.full = false;
      const { report } = await service.importFolders([root]);
      expect(report).toMatchObject({ imported: 1, images: { copied: 1 } });
      const [stored, ...others] = imageFiles(dir);
      expect(others).toEqual([]);
      expect(readFileSync(join(dir, 'images', stored ?? ''))).toEqual(PHOTO);
    } finally {
      disk.full = false;
      await service.close();
    }
  });
});
