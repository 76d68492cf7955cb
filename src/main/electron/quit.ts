import { app } from 'electron';

/**
 * Delays quitting until `close` has finished once (the library saves pending
 * state and releases its lock), then lets the quit go through.
 */
export function closeBeforeQuit(close: () => Promise<void>): void {
  let closing: Promise<void> | null = null;
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closing ??= close()
      .catch((error: unknown) => console.error('Folio: closing the library failed', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}
