import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { TransformComponent, TransformWrapper } from 'react-zoom-pan-pinch';
import type { ReactZoomPanPinchContentRef } from 'react-zoom-pan-pinch';
import type { ArticleImage } from '../../../shared/model';
import { ViewerToolbar } from './viewer-toolbar';

const ZOOM_STEP = 0.4;

interface ZoomStageProps {
  images: readonly ArticleImage[];
  index: number;
  onStep(delta: number): void;
  onClose(): void;
}

/**
 * The viewer's content: toolbar, the zoomable image and its caption. Loaded on first use, because
 * react-zoom-pan-pinch injects a <style> element when it loads, which the CSP refuses with a console
 * error; loading it lazily keeps that out of every window that never opens an image (viewer.css
 * carries the rules it wanted to inject).
 */
export default function ZoomStage({ images, index, onStep, onClose }: ZoomStageProps) {
  const zoom = useRef<ReactZoomPanPinchContentRef>(null);
  const frame = useRef<HTMLDivElement>(null);
  // This content arrives after the dialog opened (lazy), so it takes the focus itself: the keys work at once.
  useEffect(() => frame.current?.focus(), []);
  const image = images[index];
  if (!image) return null;

  const controls = {
    zoomIn: () => void zoom.current?.zoomIn(ZOOM_STEP),
    zoomOut: () => void zoom.current?.zoomOut(ZOOM_STEP),
    reset: () => void zoom.current?.resetTransform(),
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const actions: Record<string, () => void> = {
      '+': controls.zoomIn,
      '=': controls.zoomIn,
      '-': controls.zoomOut,
      '0': controls.reset,
      ArrowLeft: () => onStep(-1),
      ArrowRight: () => onStep(1),
    };
    const action = actions[event.key];
    if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    action();
  };

  const caption = image.caption || image.title || image.alt;
  return (
    <div ref={frame} className="viewer-frame" tabIndex={-1} onKeyDown={onKeyDown}>
      <ViewerToolbar
        index={index}
        count={images.length}
        onZoomIn={controls.zoomIn}
        onZoomOut={controls.zoomOut}
        onReset={controls.reset}
        onStep={onStep}
        onClose={onClose}
      />
      {/* Keyed by image so each one opens unzoomed and centred. */}
      <TransformWrapper key={image.id} ref={zoom} minScale={0.5} maxScale={8} centerOnInit doubleClick={{ mode: 'toggle' }}>
        <TransformComponent wrapperClass="viewer-stage" contentClass="viewer-content">
          <img className="viewer-image" src={image.url} alt={image.alt} draggable={false} />
        </TransformComponent>
      </TransformWrapper>
      {caption && <p className="viewer-caption">{caption}</p>}
    </div>
  );
}
