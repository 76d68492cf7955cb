// Keeps the service's copy of the session (view, sort, open article, scroll, hidden-read views)
// in step with the store, so a restart or a reload opens where the user was. Writes are
// coalesced: scrolling reports many positions, the library needs the last one.
import type { ReadingSession } from '../../../shared/model';
import { folio } from './folio-client';
import { useFolio } from './store';
import type { FolioState } from './store-types';

const SAVE_DELAY_MS = 400;

let scroll = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let lastSaved = '';

function sessionOf(s: FolioState): ReadingSession {
  return { view: s.view, sort: s.listSort, articleId: s.article?.id ?? null, scroll, hideRead: s.hideRead };
}

function schedule(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    const s = useFolio.getState();
    // Nothing to save until the saved session was restored (else a start-up would overwrite it).
    if (s.status !== 'ready' || s.pendingScroll !== null) return;
    const session = sessionOf(s);
    const json = JSON.stringify(session);
    if (json === lastSaved) return;
    lastSaved = json;
    folio.saveSession(session).catch((error: unknown) => s.reportError(error));
  }, SAVE_DELAY_MS);
}

/** The reading pane reports its scroll position here. */
export function noteScroll(fraction: number): void {
  scroll = Math.min(1, Math.max(0, fraction));
  schedule();
}

/** Starts following the store; returns the unsubscribe. */
export function connectSession(): () => void {
  return useFolio.subscribe((s, before) => {
    if (s.article?.id !== before.article?.id) scroll = 0;
    if (s.view !== before.view || s.listSort !== before.listSort || s.article?.id !== before.article?.id || s.hideRead !== before.hideRead)
      schedule();
  });
}
