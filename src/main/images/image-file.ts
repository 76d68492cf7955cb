// Recognises image files by their bytes, never by their names or a server's
// Content-Type: only real images are stored and served to the renderer. SVG is
// accepted because the renderer only ever shows it through <img>, where no script
// in it can run, and the image protocol serves it with a policy that forbids scripts.
import { IMAGE_ID_PATTERN } from '../../shared/image-id';

export { IMAGE_ID_PATTERN };

export interface ImageKind {
  mime: string;
  ext: string;
}

const ascii = (b: Uint8Array, from: number, to: number): string => String.fromCharCode(...b.subarray(from, to));

/** ISO-BMFF (HEIF) files name their brands in the ftyp box: AVIF stills say avif, sequences avis. */
function isAvif(b: Uint8Array): boolean {
  if (ascii(b, 4, 8) !== 'ftyp') return false;
  const boxSize = Math.min(b.length, ((b[0] ?? 0) << 24) | ((b[1] ?? 0) << 16) | ((b[2] ?? 0) << 8) | (b[3] ?? 0));
  const brands = [ascii(b, 8, 12)];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(b, at, at + 4));
  return brands.some((brand) => brand === 'avif' || brand === 'avis');
}

const SIGNATURES: (ImageKind & { test: (b: Uint8Array) => boolean })[] = [
  { mime: 'image/png', ext: 'png', test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { mime: 'image/jpeg', ext: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/gif', ext: 'gif', test: (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38 },
  { mime: 'image/webp', ext: 'webp', test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
  { mime: 'image/bmp', ext: 'bmp', test: (b) => b[0] === 0x42 && b[1] === 0x4d },
  { mime: 'image/avif', ext: 'avif', test: isAvif },
];

/** The start of a text file with what may precede its root element (BOM, XML declaration, comments, doctype) removed. */
function markupStart(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 2048))
    .replace(/^\uFEFF/, '')
    .replace(/^(?:\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE\s+svg[^>]*>)*/i, '');
}

export function sniffImage(bytes: Uint8Array): ImageKind | null {
  if (bytes.length < 12) return null;
  const hit = SIGNATURES.find((s) => s.test(bytes));
  if (hit) return { mime: hit.mime, ext: hit.ext };
  return /^<svg[\s>]/i.test(markupStart(bytes)) ? { mime: 'image/svg+xml', ext: 'svg' } : null;
}

/** What bytes that are not an image look like, for a failure reason a person can read. */
export function describeNonImage(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'empty response';
  if (/^<(?:!doctype\s+html|html|head|body)[\s>]/i.test(markupStart(bytes))) return 'an HTML page, not an image';
  return 'not an image file';
}

export function imageRelativePath(id: string): string {
  return `${id.slice(0, 2)}/${id}`;
}
