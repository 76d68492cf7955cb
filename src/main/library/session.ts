// Where the user was (view, sort, open article and how far it was scrolled, which views hide
// read articles), kept in state.db so a restart — or a reload of the window — opens the same place.
import type { ReadingSession } from '../../shared/model';
import { requestSchemas } from '../../shared/requests';
import type { StateDb } from '../store/state-db';

const SESSION_KEY = 'session';

export const DEFAULT_SESSION: ReadingSession = { view: { kind: 'all' }, sort: 'newest', articleId: null, scroll: 0, hideRead: [] };

export function readSession(state: StateDb): ReadingSession {
  const stored = state.settings().get(SESSION_KEY);
  if (stored === undefined) return DEFAULT_SESSION;
  try {
    // The same schema the IPC request is checked with: a damaged value is the default, never a crash.
    const parsed = requestSchemas.saveSession.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : DEFAULT_SESSION;
  } catch {
    return DEFAULT_SESSION;
  }
}

export function writeSession(state: StateDb, session: ReadingSession): void {
  state.putSetting(SESSION_KEY, JSON.stringify(session));
}
