import { useEffect, useRef } from 'react';
import type { ArticleImage } from '../../../shared/model';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';

/** Thumbnails of every image in the article; the current one is marked and kept in view. */
export function ViewerStrip({ images, index }: { images: readonly ArticleImage[]; index: number }) {
  const { t } = useI18n();
  const openViewer = useFolio((s) => s.openViewer);
  const strip = useRef<HTMLElement>(null);
  useEffect(() => {
    strip.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest', inline: 'center' });
  }, [index]);
  return (
    <nav ref={strip} className="viewer-strip" aria-label={t('viewerThumbnails')}>
      {images.map((image, i) => (
        <button
          // The same image may appear twice in an article.
          key={`${i}-${image.id}`}
          type="button"
          className="viewer-thumb"
          aria-current={i === index}
          aria-label={t('viewerPosition', { current: i + 1, count: images.length })}
          onClick={() => openViewer(i)}
        >
          <img src={image.url} alt="" loading="lazy" decoding="async" draggable={false} />
        </button>
      ))}
    </nav>
  );
}
