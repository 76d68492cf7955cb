// The window comes back where it was, unless that place is gone (a monitor unplugged,
// a smaller screen): then it opens at its default size, centred.
import type { SavedWindow, WindowBounds } from './app-config';

/** How much of the window's top edge must be on a screen for the user to grab it. */
const GRAB_WIDTH = 100;
const GRAB_HEIGHT = 40;

export interface RestoredWindow {
  /** undefined: let the window system centre a window of the default size. */
  bounds: WindowBounds | undefined;
  maximized: boolean;
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** The saved place if its title bar is reachable on one of the screens' work areas, shrunk to fit that screen. */
export function restoreWindow(saved: SavedWindow | undefined, workAreas: readonly WindowBounds[]): RestoredWindow {
  if (!saved) return { bounds: undefined, maximized: false };
  const { x, y, width, height } = saved.bounds;
  const screen = workAreas.find(
    (area) =>
      overlap(x, x + width, area.x, area.x + area.width) >= Math.min(GRAB_WIDTH, width) &&
      overlap(y, y + GRAB_HEIGHT, area.y, area.y + area.height) >= Math.min(GRAB_HEIGHT, height),
  );
  if (!screen) return { bounds: undefined, maximized: saved.maximized };
  return {
    bounds: { x, y, width: Math.min(width, screen.width), height: Math.min(height, screen.height) },
    maximized: saved.maximized,
  };
}
