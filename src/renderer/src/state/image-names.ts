// Names for an image a person saves: the file name its address ends in, else its alt text.
import type { ArticleImage } from '../../../shared/model';

export function suggestedName(image: ArticleImage): string | undefined {
  if (image.sourceUrl) {
    try {
      const last = decodeURIComponent(new URL(image.sourceUrl).pathname.split('/').filter(Boolean).at(-1) ?? '');
      if (last) return last.slice(0, 200);
    } catch {
      // An address that does not parse or decode names nothing.
    }
  }
  return image.alt.trim().slice(0, 200) || undefined;
}
