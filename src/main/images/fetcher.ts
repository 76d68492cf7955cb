// The one network interface image downloads use. Two implementations: Electron's
// network stack in the app (system proxy and PAC for free; see
// src/main/electron/net-fetcher.ts) and Node's in the CLI and tests
// (node-fetcher.ts). Each makes exactly one request — redirects come back as
// responses, so every hop is checked by the same code (fetch-image.ts) — and refuses
// local addresses under its LocalHosts policy where it connects.
import type { LocalHosts } from './address-policy';

export interface HopRequest {
  url: string;
  headers: Record<string, string>;
  /** Aborts the request and its body (cancel, timeout). */
  signal: AbortSignal;
}

export interface HopResponse {
  status: number;
  /** A response header (lower-case name), or null. */
  header(name: string): string | null;
  body: AsyncIterable<Uint8Array>;
  /** Stops reading and frees the connection (a redirect, a refused type, a size past the cap). */
  discard(): void;
}

export interface ImageFetcher {
  request(request: HopRequest): Promise<HopResponse>;
  close(): Promise<void>;
}

export interface FetcherOptions {
  /** An explicit proxy (http://, https://, socks5://); null for the system's or the environment's. */
  proxy: string | null;
  localHosts: LocalHosts;
}

export type FetcherFactory = (options: FetcherOptions) => ImageFetcher;
