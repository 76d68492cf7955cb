import { useRef } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { PANE_LIMITS } from './use-pane-widths';
import type { PaneName } from './use-pane-widths';

interface PaneResizerProps {
  pane: PaneName;
  width: number;
  onResize(pane: PaneName, width: number): void;
}

const KEY_STEP = 16;

/** The drag handle to the right of a pane; also arrow keys when focused. */
export function PaneResizer({ pane, width, onResize }: PaneResizerProps) {
  const { t } = useI18n();
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);
  const [min, max] = PANE_LIMITS[pane];

  return (
    <div
      className="pane-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('resizePane')}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { startX: event.clientX, startWidth: width };
      }}
      onPointerMove={(event) => {
        if (drag.current) onResize(pane, drag.current.startWidth + event.clientX - drag.current.startX);
      }}
      onPointerUp={() => {
        drag.current = null;
      }}
      onKeyDown={(event) => {
        if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
          event.preventDefault();
          onResize(pane, width + (event.key === 'ArrowLeft' ? -KEY_STEP : KEY_STEP));
        }
      }}
    />
  );
}
