// Image downloads through Electron's network stack, so the app uses the system's
// proxy settings and PAC script as the browser would; an explicit proxy from the
// settings replaces them. Requests go out from their own in-memory session without
// cookies or cache, one hop at a time (redirects come back to fetch-image.ts, which
// checks each). Local addresses are refused before connecting: literal ones at
// once, names by resolving them in the same session first — Chromium's host cache
// then serves the connection the address that was checked.
import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { net, session } from 'electron';
import type { IncomingMessage, Session } from 'electron';
import { AddressRefusedError, hostRefusal, resolvedRefusal } from '../images/address-policy';
import type { LocalHosts } from '../images/address-policy';
import type { FetcherFactory, HopResponse, ImageFetcher } from '../images/fetcher';

async function checkHost(images: Session, hostname: string, policy: LocalHosts): Promise<void> {
  if (policy === 'allow') return;
  const refusal = hostRefusal(hostname, policy);
  if (refusal) throw new AddressRefusedError(refusal);
  let addresses: string[];
  try {
    addresses = (await images.resolveHost(hostname.replace(/^\[|\]$/g, ''))).endpoints.map((e) => e.address);
  } catch {
    // Not resolvable here: behind a proxy that is the proxy's business; without one the request fails by itself.
    return;
  }
  const resolved = resolvedRefusal(hostname, addresses, policy);
  if (resolved) throw new AddressRefusedError(resolved);
}

/** IncomingMessage is an event emitter; fetch-image reads an async iterable. */
function bodyOf(response: IncomingMessage): AsyncIterable<Uint8Array> {
  const body = new PassThrough();
  response.on('data', (chunk: Buffer) => body.write(chunk));
  response.on('end', () => body.end());
  response.on('error', (error: Error) => body.destroy(error));
  response.on('aborted', () => body.destroy(new Error('net::ERR_CONNECTION_RESET')));
  return body;
}

const headerOf = (headers: Record<string, string | string[]>, name: string): string | null => {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
};

function request(images: Session, url: string, headers: Record<string, string>, signal: AbortSignal): Promise<HopResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = net.request({ url, session: images, redirect: 'manual', credentials: 'omit', cache: 'no-store' });
    for (const [name, value] of Object.entries(headers)) outgoing.setHeader(name, value);
    const abort = () => {
      outgoing.abort();
      reject(new Error('aborted'));
    };
    signal.addEventListener('abort', abort, { once: true });
    outgoing.on('redirect', (status, _method, location) => {
      // Not followed here: the caller checks the next address like the first.
      outgoing.abort();
      resolve({
        status,
        header: (name) => (name === 'location' ? location : null),
        body: new PassThrough({ autoDestroy: true }).end(),
        discard: () => undefined,
      });
    });
    outgoing.on('response', (response) => {
      resolve({
        status: response.statusCode,
        header: (name) => headerOf(response.headers, name),
        body: bodyOf(response),
        discard: () => outgoing.abort(),
      });
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

export const createNetFetcher: FetcherFactory = ({ proxy, localHosts }) => {
  // A session of its own per job: no cookies, cache or proxy setting shared with the window or an earlier job.
  const images = session.fromPartition(`folio-images-${randomUUID()}`, { cache: false });
  const ready = images.setProxy(proxy ? { mode: 'fixed_servers', proxyRules: proxy } : { mode: 'system' });
  const fetcher: ImageFetcher = {
    async request({ url, headers, signal }) {
      await ready;
      await checkHost(images, new URL(url).hostname, localHosts);
      return request(images, url, headers, signal);
    },
    async close() {
      await images.closeAllConnections();
    },
  };
  return fetcher;
};
