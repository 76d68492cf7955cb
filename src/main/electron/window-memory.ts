// Remembers the window's size and place (and whether it was maximised) for the next start.
import type { BrowserWindow } from 'electron';
import type { AppConfigFile } from '../desktop/app-config';

/** Moving or resizing fires many events: the place is saved once it settles. */
const SETTLE_MS = 500;

export function rememberWindow(window: BrowserWindow, config: AppConfigFile): void {
  let timer: NodeJS.Timeout | null = null;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (window.isDestroyed()) return;
    // The normal bounds, so a maximised window comes back maximised over the place it had before.
    config.update({ window: { bounds: window.getNormalBounds(), maximized: window.isMaximized() } });
  };
  const saveSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, SETTLE_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
}
