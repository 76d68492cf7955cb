// Zoom and pan for the viewer's stage, written straight to the content's transform
// (no React render per wheel tick or pointer move, so a 6000×4000 photograph moves
// as smoothly as a small one). Wheel and pinch zoom around the cursor in proportion
// to the gesture; one or two pointers drag and pinch; buttons and keys animate.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { centred, clampView, fitScale, wheelFactor, zoomAt } from './zoom-math';
import type { Point, Size, View } from './zoom-math';

const STEP = 1.4;
/** A press that moved less than this is a click, not a drag. */
const CLICK_SLOP_PX = 4;
const ANIMATION_MS = 160;

export interface ZoomPan {
  /** The current scale, for the zoom read-out (1 = 100 %). */
  scale: number;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  actual(): void;
  /** True when the last press on the stage was a drag (so its click must not close the viewer). */
  wasDrag(): boolean;
}

function stageSize(stage: HTMLElement): Size {
  return { width: stage.clientWidth, height: stage.clientHeight };
}

function stagePoint(stage: HTMLElement, event: { clientX: number; clientY: number }): Point {
  const box = stage.getBoundingClientRect();
  return { x: event.clientX - box.left, y: event.clientY - box.top };
}

export function useZoomPan(
  stageRef: RefObject<HTMLElement | null>,
  contentRef: RefObject<HTMLElement | null>,
  image: Size | null,
): ZoomPan {
  const view = useRef<View>({ scale: 1, x: 0, y: 0 });
  const fitted = useRef(true);
  const dragged = useRef(false);
  const readout = useRef(0);
  const [scale, setScale] = useState(1);
  useEffect(() => () => cancelAnimationFrame(readout.current), []);

  const apply = useCallback(
    (next: View, animate = false) => {
      view.current = next;
      const content = contentRef.current;
      if (content) {
        content.classList.toggle('animating', animate);
        content.style.transform = `translate(${next.x}px, ${next.y}px) scale(${next.scale})`;
        if (animate) window.setTimeout(() => content.classList.remove('animating'), ANIMATION_MS);
      }
      // The read-out follows once per frame, however many wheel events a frame brings.
      cancelAnimationFrame(readout.current);
      readout.current = requestAnimationFrame(() => setScale(next.scale));
    },
    [contentRef],
  );

  const sizes = useCallback((): { stage: Size; image: Size } | null => {
    const stage = stageRef.current;
    return stage && image ? { stage: stageSize(stage), image } : null;
  }, [stageRef, image]);

  const fit = useCallback(
    (animate = true) => {
      const s = sizes();
      if (!s) return;
      fitted.current = true;
      apply(centred(s.stage, s.image, fitScale(s.stage, s.image)), animate);
    },
    [sizes, apply],
  );

  const zoomBy = useCallback(
    (factor: number, at?: Point, animate = true) => {
      const s = sizes();
      if (!s) return;
      fitted.current = false;
      apply(zoomAt(view.current, factor, at ?? { x: s.stage.width / 2, y: s.stage.height / 2 }, s.stage, s.image), animate);
    },
    [sizes, apply],
  );

  const actual = useCallback(() => {
    const s = sizes();
    if (!s) return;
    fitted.current = false;
    apply(centred(s.stage, s.image, 1), true);
  }, [sizes, apply]);

  // Each image opens fitted; a resized window keeps a fitted image fitted.
  useLayoutEffect(() => fit(false), [fit]);
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const observer = new ResizeObserver(() => {
      const s = sizes();
      if (!s) return;
      if (fitted.current) fit(false);
      else apply(clampView(view.current, s.stage, s.image));
    });
    observer.observe(stage);
    return () => observer.disconnect();
  }, [stageRef, sizes, fit, apply]);

  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      zoomBy(wheelFactor(event.deltaY, event.deltaMode, event.ctrlKey, stage.clientHeight), stagePoint(stage, event), false);
    };
    // Pointers down on the stage: one drags, two pinch.
    const pointers = new Map<number, Point>();
    let travelled = 0;
    const spread = (): { mid: Point; distance: number } | null => {
      const [a, b] = [...pointers.values()];
      if (!a || !b) return null;
      return { mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, distance: Math.hypot(a.x - b.x, a.y - b.y) };
    };
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0) return;
      if (pointers.size === 0) {
        travelled = 0;
        dragged.current = false;
      }
      stage.setPointerCapture(event.pointerId);
      pointers.set(event.pointerId, stagePoint(stage, event));
    };
    const onMove = (event: PointerEvent) => {
      const last = pointers.get(event.pointerId);
      const s = sizes();
      if (!last || !s) return;
      const before = spread();
      const now = stagePoint(stage, event);
      pointers.set(event.pointerId, now);
      travelled += Math.hypot(now.x - last.x, now.y - last.y);
      if (travelled > CLICK_SLOP_PX) dragged.current = true;
      fitted.current = false;
      const after = spread();
      if (before && after && before.distance > 0) {
        const pinched = zoomAt(view.current, after.distance / before.distance, after.mid, s.stage, s.image);
        apply(
          clampView({ ...pinched, x: pinched.x + after.mid.x - before.mid.x, y: pinched.y + after.mid.y - before.mid.y }, s.stage, s.image),
        );
      } else {
        apply(clampView({ ...view.current, x: view.current.x + now.x - last.x, y: view.current.y + now.y - last.y }, s.stage, s.image));
      }
    };
    const onUp = (event: PointerEvent) => {
      pointers.delete(event.pointerId);
    };
    const onDoubleClick = (event: MouseEvent) => {
      if (!(event.target instanceof HTMLImageElement)) return;
      if (fitted.current) zoomBy(2.5, stagePoint(stage, event));
      else fit();
    };
    stage.addEventListener('wheel', onWheel, { passive: false });
    stage.addEventListener('pointerdown', onDown);
    stage.addEventListener('pointermove', onMove);
    stage.addEventListener('pointerup', onUp);
    stage.addEventListener('pointercancel', onUp);
    stage.addEventListener('dblclick', onDoubleClick);
    return () => {
      stage.removeEventListener('wheel', onWheel);
      stage.removeEventListener('pointerdown', onDown);
      stage.removeEventListener('pointermove', onMove);
      stage.removeEventListener('pointerup', onUp);
      stage.removeEventListener('pointercancel', onUp);
      stage.removeEventListener('dblclick', onDoubleClick);
    };
  }, [stageRef, sizes, zoomBy, fit, apply]);

  return {
    scale,
    zoomIn: () => zoomBy(STEP),
    zoomOut: () => zoomBy(1 / STEP),
    fit: () => fit(),
    actual,
    wasDrag: () => dragged.current,
  };
}
