// Recognises image files by their bytes, not their names: only real raster images
// are copied into the library and served to the renderer (SVG can carry script).

const SIGNATURES: { mime: string; ext: string; test: (b: Uint8Array) => boolean }[] = [
  { mime: 'image/png', ext: 'png', test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { mime: 'image/jpeg', ext: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/gif', ext: 'gif', test: (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38 },
  {
    mime: 'image/webp',
    ext: 'webp',
    test: (b) => b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50,
  },
  { mime: 'image/bmp', ext: 'bmp', test: (b) => b[0] === 0x42 && b[1] === 0x4d },
  {
    mime: 'image/avif',
    ext: 'avif',
    test: (b) => String.fromCharCode(...b.subarray(4, 12)) === 'ftypavif',
  },
];

export function sniffImage(bytes: Uint8Array): { mime: string; ext: string } | null {
  if (bytes.length < 12) return null;
  const hit = SIGNATURES.find((s) => s.test(bytes));
  return hit ? { mime: hit.mime, ext: hit.ext } : null;
}

/** Image ids are content digests plus the sniffed extension: `<24 hex>.<ext>`. */
export const IMAGE_ID_PATTERN = /^[0-9a-f]{24}\.(png|jpg|gif|webp|bmp|avif)$/;

export function imageRelativePath(id: string): string {
  return `${id.slice(0, 2)}/${id}`;
}
