import { useEffect, useMemo, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import type { ArticleImage } from '../../../shared/model';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import { useZoomPan } from './use-zoom-pan';
import { ViewerCaption } from './viewer-caption';
import { ViewerStrip } from './viewer-strip';
import { ViewerToolbar } from './viewer-toolbar';
import type { Size } from './zoom-math';

interface ViewerDialogProps {
  images: readonly ArticleImage[];
  index: number;
}

/**
 * A native modal <dialog> over the whole window: the page behind is inert, so focus stays
 * in the viewer; it goes back to what had it (the image clicked) on close. The keys are
 * read on the window while the viewer is open, so they work wherever focus is inside it —
 * a button that became pointless (‹ on the first image) never swallows them.
 */
export function ViewerDialog({ images, index }: ViewerDialogProps) {
  const { t } = useI18n();
  const stepViewer = useFolio((s) => s.stepViewer);
  const closeViewer = useFolio((s) => s.closeViewer);
  const dialog = useRef<HTMLDialogElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const image = images[index] as ArticleImage;
  const [measured, setMeasured] = useState<{ id: string; size: Size } | null>(null);
  const known =
    image.width && image.height ? { width: image.width, height: image.height } : measured?.id === image.id ? measured.size : null;
  const [width, height] = [known?.width ?? 0, known?.height ?? 0];
  // One object per size, not per render: the zoom refits whenever the size it is given changes.
  const size = useMemo<Size | null>(() => (width > 0 && height > 0 ? { width, height } : null), [width, height]);
  const zoom = useZoomPan(stage, content, size);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // The stage takes the focus (showModal would give it to the first button, scrolling nothing but focusing the wrong thing).
    stage.current?.focus({ preventScroll: true });
    return () => {
      element?.close();
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  const { zoomIn, zoomOut, fit, actual } = zoom;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      const actions: Record<string, () => void> = {
        ArrowLeft: () => stepViewer(-1),
        ArrowRight: () => stepViewer(1),
        '+': zoomIn,
        '=': zoomIn,
        '-': zoomOut,
        _: zoomOut,
        '0': fit,
        '1': actual,
        Escape: closeViewer,
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [stepViewer, closeViewer, zoomIn, zoomOut, fit, actual]);

  // A click on the dark area around the image closes, like clicking outside any dialog; a drag does not.
  const onClick = (event: MouseEvent) => {
    if ((event.target === stage.current || event.target === dialog.current) && !zoom.wasDrag()) closeViewer();
  };

  return (
    <dialog
      ref={dialog}
      className="image-viewer"
      aria-label={t('viewerLabel')}
      onClick={onClick}
      onCancel={(event) => {
        event.preventDefault();
        closeViewer();
      }}
    >
      <ViewerToolbar image={image} index={index} count={images.length} zoom={zoom} />
      <div ref={stage} className="viewer-stage" tabIndex={-1} aria-label={t('viewerStage')}>
        <div ref={content} className="viewer-content" style={size ? { width: size.width, height: size.height } : undefined}>
          <img
            key={image.id}
            className="viewer-image"
            src={image.url}
            alt={image.alt}
            draggable={false}
            decoding="async"
            onLoad={(event) => {
              const { naturalWidth: width, naturalHeight: height } = event.currentTarget;
              if (!size && width > 0 && height > 0) setMeasured({ id: image.id, size: { width, height } });
            }}
          />
        </div>
      </div>
      <ViewerCaption image={image} />
      {images.length > 1 && <ViewerStrip images={images} index={index} />}
    </dialog>
  );
}
