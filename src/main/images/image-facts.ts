// What Folio records of an image from its bytes alone: its type and, so the reading
// pane can reserve its space before it loads, its pixel size (no native decoder: the
// sizes are read from the headers).
import { imageSize } from 'image-size';
import { digest } from '../library/records';
import { describeNonImage, sniffImage } from './image-file';
import type { ImageKind } from './image-file';

export interface ImageFacts extends ImageKind {
  /** The library's name for these bytes: `<digest>.<ext>`. */
  id: string;
  bytes: number;
  width: number | null;
  height: number | null;
}

/** Width and height as displayed: JPEG orientations 5–8 are turned a quarter. */
export function imageDimensions(bytes: Uint8Array): { width: number; height: number } | null {
  try {
    const size = imageSize(bytes);
    if (!(size.width > 0 && size.height > 0)) return null;
    const turned = size.orientation !== undefined && size.orientation >= 5;
    return turned ? { width: size.height, height: size.width } : { width: size.width, height: size.height };
  } catch {
    // A header the reader does not follow (an odd SVG, a truncated file): the image is still shown, with no reserved space.
    return null;
  }
}

export function inspectImage(bytes: Uint8Array): { ok: true; facts: ImageFacts } | { ok: false; reason: string } {
  const kind = sniffImage(bytes);
  if (!kind) return { ok: false, reason: describeNonImage(bytes) };
  const size = imageDimensions(bytes);
  return {
    ok: true,
    facts: { ...kind, id: `${digest(bytes)}.${kind.ext}`, bytes: bytes.length, width: size?.width ?? null, height: size?.height ?? null },
  };
}
