import { useCallback, useState } from 'react';

export interface PaneWidths {
  library: number;
  list: number;
}

export type PaneName = keyof PaneWidths;

const STORAGE_KEY = 'folio.paneWidths';
const DEFAULTS: PaneWidths = { library: 230, list: 380 };
export const PANE_LIMITS: Record<PaneName, [min: number, max: number]> = { library: [160, 420], list: [260, 720] };

function clamp(pane: PaneName, width: number): number {
  const [min, max] = PANE_LIMITS[pane];
  return Math.round(Math.max(min, Math.min(max, width)));
}

function load(): PaneWidths {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Record<PaneName, unknown>>;
    const read = (pane: PaneName) => (typeof saved[pane] === 'number' ? clamp(pane, saved[pane]) : DEFAULTS[pane]);
    return { library: read('library'), list: read('list') };
  } catch {
    return DEFAULTS;
  }
}

/** Pane widths that survive a restart (a window layout preference, so localStorage rather than the library). */
export function usePaneWidths(): [PaneWidths, (pane: PaneName, width: number) => void] {
  const [widths, setWidths] = useState(load);
  const resize = useCallback((pane: PaneName, width: number) => {
    setWidths((current) => {
      const next = { ...current, [pane]: clamp(pane, width) };
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      return next;
    });
  }, []);
  return [widths, resize];
}
