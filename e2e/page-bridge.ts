// Binds a page's window.folio to a handler table, as the preload does in the app:
// the same bridge function, with a Playwright binding as the transport. Used by
// the e2e fixtures and by the benchmark's search-to-paint measure.
import type { Page } from '@playwright/test';
import { createFolioBridge } from '../src/shared/bridge';
import { CHANNELS } from '../src/shared/contract';
import type { Channel } from '../src/shared/contract';
import type { HandlerTable } from '../src/main/handlers';

function bridgeScript(): string {
  // window.folio is built by the same function the preload uses; only the transport differs.
  return `(() => {
    const createFolioBridge = ${createFolioBridge.toString()};
    const listeners = new Set();
    window.__folioEmit = (event) => { for (const l of listeners) l(event); };
    window.folio = createFolioBridge(${JSON.stringify(CHANNELS)},
      (channel, request) => window.folioInvoke(channel, request),
      (listener) => { listeners.add(listener); return () => listeners.delete(listener); },
      (files) => window.folioDrop(files.length));
  })();`;
}

/**
 * drop: what the shell does with folders dropped on the window (their count; the test says which).
 * emitTo.page: where the service's events are pushed (set here, cleared by the caller when done).
 */
export async function bindFolio(
  page: Page,
  handlers: HandlerTable,
  drop: (count: number) => unknown,
  emitTo: { page: Page | null },
): Promise<void> {
  await page.exposeBinding('folioInvoke', (_source, channel: Channel, request: unknown) => {
    if (!CHANNELS.includes(channel))
      return { ok: false, error: { code: 'invalid-request', message: `unknown channel ${String(channel)}` } };
    return handlers[channel](request);
  });
  await page.exposeBinding('folioDrop', (_source, count: number) => drop(count));
  await page.addInitScript({ content: bridgeScript() });
  emitTo.page = page;
}
