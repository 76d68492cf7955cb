// Every failure that crosses the boundary has one of these codes and a message a person can act on.

export type ErrorCode =
  | 'invalid-request'
  | 'not-found'
  | 'folder-missing'
  | 'library-locked'
  | 'library-unreadable'
  | 'library-too-new'
  | 'import-running'
  /** A newer search replaced this one before it finished (the answer is no longer wanted). */
  | 'cancelled'
  | 'library-busy'
  | 'images-running'
  | 'io'
  | 'internal';

export interface FolioErrorShape {
  code: ErrorCode;
  message: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: FolioErrorShape };
