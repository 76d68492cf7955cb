import { describe, expect, it } from 'vitest';
import { imageUrl, isValidImageId, parseImageUrl } from '../../src/main/electron/image-request';

const digest = 'a3f1c09be27d4410';

describe('image ids', () => {
  it('accepts lowercase hex digests of 16 to 64 characters, with or without a short extension', () => {
    expect(isValidImageId(digest)).toBe(true);
    expect(isValidImageId('f'.repeat(64))).toBe(true);
    expect(isValidImageId(`${digest}.png`)).toBe(true);
    expect(isValidImageId(`${digest}.jpeg`)).toBe(true);
  });

  it('rejects anything that could name another file', () => {
    for (const id of [
      '',
      'a3f1c09be27d441', // 15 characters
      'f'.repeat(65),
      'A3F1C09BE27D4410', // uppercase
      `${digest}.toolong`,
      `${digest}.`,
      `${digest}.png.exe`,
      `../${digest}`,
      `${digest}/../../etc/passwd`,
      '/etc/passwd',
      `${digest}%2e%2e`,
      `${digest}\u0000`,
    ]) {
      expect(isValidImageId(id), id).toBe(false);
    }
  });
});

describe('image URLs', () => {
  it('reads back the id from the URL the service hands out', () => {
    expect(imageUrl(`${digest}.png`)).toBe(`folio-image://image/${digest}.png`);
    expect(parseImageUrl(imageUrl(`${digest}.png`))).toBe(`${digest}.png`);
  });

  it('returns null for paths, other hosts, other schemes and decorated URLs', () => {
    for (const url of [
      `folio-image://image/..%2F..%2Fetc%2Fpasswd`,
      `folio-image://image/sub/${digest}`,
      `folio-image://other/${digest}`,
      `folio-image://image/${digest}?size=big`,
      `folio-image://image/${digest}#x`,
      `folio-image://user@image/${digest}`,
      `file:///library/images/${digest}`,
      `https://image/${digest}`,
      'not a url',
    ]) {
      expect(parseImageUrl(url), url).toBeNull();
    }
  });
});
