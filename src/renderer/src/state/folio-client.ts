// The only module that touches window.folio. It turns envelopes back into
// values or thrown FolioClientErrors, so the store's actions read as plain async code.
import { CHANNELS } from '../../../shared/contract';
import type { Channel, FolioEvent, Requests, Responses } from '../../../shared/contract';
import type { ChosenFolder } from '../../../shared/desktop';
import type { Envelope, ErrorCode } from '../../../shared/errors';

/** 'unavailable' covers a page opened without the bridge (nothing to call). */
export type ClientErrorCode = ErrorCode | 'unavailable';

export class FolioClientError extends Error {
  readonly code: ClientErrorCode;

  constructor(code: ClientErrorCode, message: string) {
    super(message);
    this.name = 'FolioClientError';
    this.code = code;
  }
}

export type FolioClient = { [K in Channel]: (request: Requests[K]) => Promise<Responses[K]> } & {
  onEvent(listener: (event: FolioEvent) => void): () => void;
  dropFolders(files: readonly Blob[]): Promise<{ folders: ChosenFolder[] }>;
};

function bridge() {
  // Read at call time: the e2e bridge and the preload both define it before the app runs,
  // but reading lazily keeps a missing bridge a reported error instead of a blank screen.
  const folio = (window as Partial<Window>).folio;
  if (!folio) throw new FolioClientError('unavailable', 'The Folio library service is not available.');
  return folio;
}

/** Turns an envelope (or a transport failure) into a value or a thrown FolioClientError. */
async function unwrap<T>(sending: () => Promise<Envelope<T>>): Promise<T> {
  let envelope: Envelope<T>;
  try {
    envelope = await sending();
  } catch (error) {
    // A transport failure (IPC torn down, binding gone) is not an envelope; keep its message.
    throw new FolioClientError('internal', error instanceof Error ? error.message : String(error));
  }
  if (!envelope.ok) throw new FolioClientError(envelope.error.code, envelope.error.message);
  return envelope.value;
}

function call<K extends Channel>(channel: K, request: Requests[K]): Promise<Responses[K]> {
  // The mapped bridge type cannot be indexed by a generic K without losing the pairing; the contract guarantees it.
  const method = bridge()[channel] as unknown as (request: Requests[K]) => Promise<Envelope<Responses[K]>>;
  return unwrap(() => method(request));
}

function buildClient(): FolioClient {
  const client: Record<string, unknown> = {};
  for (const channel of CHANNELS) {
    client[channel] = (request: Requests[typeof channel]) => call(channel, request);
  }
  client.onEvent = (listener: (event: FolioEvent) => void) => bridge().onEvent(listener);
  client.dropFolders = (files: readonly Blob[]) => unwrap(() => bridge().dropFolders(files));
  return client as FolioClient;
}

export const folio: FolioClient = buildClient();
