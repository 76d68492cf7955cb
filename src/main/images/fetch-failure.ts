// Why a download failed, in words a reader can act on, and whether trying again later
// may help: a transient failure (timeout, reset, 5xx, 429) is retried by the next run,
// a permanent one (404, not an image, a refused address) is not.
export interface FetchFailure {
  reason: string;
  transient: boolean;
  /** How long the server asked us to wait (Retry-After), or null. */
  retryAfterMs: number | null;
}

export const permanent = (reason: string): FetchFailure => ({ reason, transient: false, retryAfterMs: null });
export const transient = (reason: string, retryAfterMs: number | null = null): FetchFailure => ({ reason, transient: true, retryAfterMs });

/** Retry-After: seconds, or an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export function statusFailure(status: number, retryAfter: string | null): FetchFailure {
  if (status === 429) return transient('HTTP 429 (too many requests)', retryAfterMs(retryAfter));
  if (status === 408 || status === 425 || status >= 500) return transient(`HTTP ${status}`, retryAfterMs(retryAfter));
  return permanent(`HTTP ${status}`);
}

// Node's and undici's error codes, and Chromium's (Electron's net reports "net::ERR_…").
const TRANSIENT_CODES: Record<string, string> = {
  ECONNRESET: 'connection reset',
  UND_ERR_SOCKET: 'connection reset',
  EPIPE: 'connection reset',
  ERR_CONNECTION_RESET: 'connection reset',
  ERR_CONNECTION_CLOSED: 'connection reset',
  ERR_EMPTY_RESPONSE: 'connection reset',
  ECONNREFUSED: 'connection refused',
  ERR_CONNECTION_REFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  ERR_NAME_NOT_RESOLVED: 'host not found',
  ETIMEDOUT: 'timed out',
  UND_ERR_CONNECT_TIMEOUT: 'timed out',
  UND_ERR_HEADERS_TIMEOUT: 'timed out',
  UND_ERR_BODY_TIMEOUT: 'timed out',
  ERR_TIMED_OUT: 'timed out',
  ERR_CONNECTION_TIMED_OUT: 'timed out',
  ENETUNREACH: 'network unreachable',
  EHOSTUNREACH: 'network unreachable',
  ERR_INTERNET_DISCONNECTED: 'network unreachable',
  ERR_ADDRESS_UNREACHABLE: 'network unreachable',
  ERR_PROXY_CONNECTION_FAILED: 'the proxy could not be reached',
  ERR_TUNNEL_CONNECTION_FAILED: 'the proxy refused the connection',
  ERR_SOCKS_CONNECTION_FAILED: 'the proxy refused the connection',
};

function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code) codes.push(code);
    const chromium = /net::(ERR_[A-Z_]+)/.exec(e.message)?.[1];
    if (chromium) codes.push(chromium);
  }
  return codes;
}

function messagesOf(error: unknown): string[] {
  const messages: string[] = [];
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) messages.push(e.message);
  return messages;
}

/** A thrown network error as a failure (a cancel or timeout is told apart by the caller, which owns the signals). */
export function errorFailure(error: unknown): FetchFailure {
  const codes = codesOf(error);
  if (codes.includes('FOLIO_ADDRESS_REFUSED'))
    return permanent(messagesOf(error).find((m) => m.startsWith('refused')) ?? 'refused: local address');
  for (const code of codes) {
    const known = TRANSIENT_CODES[code];
    if (known) return transient(known);
    if (/^(ERR_CERT_|CERT_|ERR_TLS_|ERR_SSL_)|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code))
      return permanent(`the server's certificate is not trusted (${code})`);
  }
  const proxy = messagesOf(error).find((m) => /proxy/i.test(m));
  if (proxy) return transient(`proxy: ${proxy}`);
  return transient(messagesOf(error)[0] ?? String(error));
}
