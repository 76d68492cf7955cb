// The name "Save image as…" suggests. Kept free of electron so it can be tested.
import { extname } from 'node:path';

/** A file name for the dialog to suggest: the given one made harmless, with the stored image's own extension. */
export function suggestedFileName(given: string | undefined, imageId: string): string {
  const ext = extname(imageId);
  const cleaned = [...(given ?? '')]
    // Control characters and what Windows and macOS forbid in a name become spaces.
    .map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? ' ' : c))
    .join('')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  const stem = cleaned.replace(/\.[a-z0-9]{2,5}$/i, '') || imageId.replace(ext, '');
  return `${stem}${ext}`;
}
