// "Save image as…" suggests a name a file system accepts, with the image's real type.
import { describe, expect, it } from 'vitest';
import { suggestedFileName } from '../../src/main/electron/image-file-name';

const ID = '0123456789abcdef01234567.jpg';

describe('suggestedFileName', () => {
  it('keeps a readable name and gives it the stored type', () => {
    expect(suggestedFileName('香港書展 2023.webp', ID)).toBe('香港書展 2023.jpg');
    expect(suggestedFileName('photo', ID)).toBe('photo.jpg');
  });

  it('makes characters file systems refuse harmless and falls back to the id', () => {
    expect(suggestedFileName('a/b\\c:d*e?"f<g>h|i\u0007j.png', ID)).toBe('a b c d e  f g h i j.jpg');
    expect(suggestedFileName('..', ID)).toBe('0123456789abcdef01234567.jpg');
    expect(suggestedFileName(undefined, ID)).toBe(ID);
  });
});
