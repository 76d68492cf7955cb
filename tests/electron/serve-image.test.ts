import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { imageUrl } from '../../src/main/electron/image-request';
import { serveImage } from '../../src/main/electron/serve-image';
import type { ImageLookup } from '../../src/main/electron/serve-image';

// The 8-byte PNG signature plus an IHDR chunk start: enough to be recognisably image bytes.
const pngBytes = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const id = 'a3f1c09be27d4410a3f1c09be27d4410';

let library: string;
let outside: string;
let files: Map<string, { path: string; mime: string }>;
const lookups: string[] = [];
const lookup: ImageLookup = (imageId) => {
  lookups.push(imageId);
  return files.get(imageId) ?? null;
};

beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'folio-images-'));
  library = join(root, 'library');
  outside = join(root, 'elsewhere');
  mkdirSync(join(library, 'images'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(library, 'images', `${id}.png`), pngBytes);
  files = new Map([[id, { path: join(library, 'images', `${id}.png`), mime: 'image/png' }]]);
  lookups.length = 0;
});

describe('serving a library image', () => {
  it('sends the stored bytes with their type and no sniffing', async () => {
    const response = await serveImage(imageUrl(id), lookup, library);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(pngBytes);
  });

  it('answers 404 for an id the library does not know', async () => {
    const response = await serveImage(imageUrl('0123456789abcdef'), lookup, library);
    expect(response.status).toBe(404);
  });

  it('never asks the library about a malformed id', async () => {
    const response = await serveImage('folio-image://image/..%2F..%2Fsecret.png', lookup, library);
    expect(response.status).toBe(404);
    expect(lookups).toEqual([]);
  });

  it('answers 404 when the file was deleted after import', async () => {
    files.set('0123456789abcdef', { path: join(library, 'images', 'gone.png'), mime: 'image/png' });
    expect((await serveImage(imageUrl('0123456789abcdef'), lookup, library)).status).toBe(404);
  });

  it('refuses a file outside the library, directly or through a symlink', async () => {
    const secret = join(outside, 'secret.png');
    writeFileSync(secret, pngBytes);
    symlinkSync(secret, join(library, 'images', 'link.png'));
    files.set('1111111111111111', { path: secret, mime: 'image/png' });
    files.set('2222222222222222', { path: join(library, 'images', 'link.png'), mime: 'image/png' });
    expect((await serveImage(imageUrl('1111111111111111'), lookup, library)).status).toBe(404);
    expect((await serveImage(imageUrl('2222222222222222'), lookup, library)).status).toBe(404);
  });

  it('serves only from the images folder, never another file of the library', async () => {
    writeFileSync(join(library, 'library.db'), pngBytes);
    files.set('4444444444444444', { path: join(library, 'library.db'), mime: 'image/png' });
    files.set('5555555555555555', { path: join(library, 'images', '..', 'library.db'), mime: 'image/png' });
    expect((await serveImage(imageUrl('4444444444444444'), lookup, library)).status).toBe(404);
    expect((await serveImage(imageUrl('5555555555555555'), lookup, library)).status).toBe(404);
  });

  it('refuses to serve a stored file as anything but an image', async () => {
    writeFileSync(join(library, 'images', 'page.html'), '<script>window.__pwned = 1</script>');
    files.set('3333333333333333', { path: join(library, 'images', 'page.html'), mime: 'text/html' });
    expect((await serveImage(imageUrl('3333333333333333'), lookup, library)).status).toBe(404);
  });
});
