import type { ErrorCode, FolioErrorShape } from '../shared/errors';

/** An error with a code and a message a person can act on; anything else is reported as internal. */
export class FolioError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FolioError';
  }
}

export function toErrorShape(error: unknown): FolioErrorShape {
  if (error instanceof FolioError) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Unexpected error: ${message}` };
}
