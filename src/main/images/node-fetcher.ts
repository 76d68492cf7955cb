// The fetcher for the CLI, the tests and the e2e bridge: undici, with a proxy from
// --proxy or from HTTPS_PROXY/HTTP_PROXY/NO_PROXY (socks5:// included), and local
// addresses refused where the connection is made (the lookup hook) — and, because a
// proxy resolves names itself, also checked against this machine's DNS beforehand.
import { lookup } from 'node:dns/promises';
import type { Dispatcher, request as undiciRequest } from 'undici';
import { AddressRefusedError, guardedLookup, hostRefusal, resolvedRefusal } from './address-policy';
import type { LocalHosts } from './address-policy';
import type { FetcherOptions, ImageFetcher } from './fetcher';

const CONNECT_TIMEOUT_MS = 15_000;

/** Refuses a name that resolves to a local address here; a name that does not resolve here is left to the proxy. */
async function checkResolvedHere(hostname: string, policy: LocalHosts): Promise<void> {
  if (policy === 'allow') return;
  const refusal = hostRefusal(hostname, policy);
  if (refusal) throw new AddressRefusedError(refusal);
  let addresses: string[];
  try {
    addresses = (await lookup(hostname.replace(/^\[|\]$/g, ''), { all: true })).map((a) => a.address);
  } catch {
    return;
  }
  const resolved = resolvedRefusal(hostname, addresses, policy);
  if (resolved) throw new AddressRefusedError(resolved);
}

/** A proxy variable, lower case first as curl reads them; an empty one counts as unset rather than hiding the other spelling. */
function proxyVariable(name: string): string | undefined {
  return process.env[name.toLowerCase()] || process.env[name] || undefined;
}

export function createNodeFetcher({ proxy, localHosts }: FetcherOptions): ImageFetcher {
  const httpProxy = proxy ?? proxyVariable('HTTP_PROXY');
  const httpsProxy = proxy ?? proxyVariable('HTTPS_PROXY');
  // undici is loaded with the first image asked for: it takes ~50 ms to load, which every start of
  // the app and every `folio import` would pay, most of them fetching nothing.
  let client: Promise<{ dispatcher: Dispatcher; request: typeof undiciRequest }> | null = null;
  const connect = (): NonNullable<typeof client> =>
    (client ??= import('undici').then(({ EnvHttpProxyAgent, request }) => ({
      dispatcher: new EnvHttpProxyAgent({
        ...(httpProxy ? { httpProxy } : {}),
        ...(httpsProxy ? { httpsProxy } : {}),
        // Direct connections only: a proxy agent connects to its proxy (often this machine) without this hook.
        connect: { lookup: guardedLookup(localHosts), timeout: CONNECT_TIMEOUT_MS },
      }),
      request,
    })));
  return {
    async request({ url, headers, signal }) {
      await checkResolvedHere(new URL(url).hostname, localHosts);
      const { dispatcher, request } = await connect();
      const response = await request(url, { dispatcher, method: 'GET', headers, signal });
      return {
        status: response.statusCode,
        header(name) {
          const value = response.headers[name];
          return (Array.isArray(value) ? value[0] : value) ?? null;
        },
        body: response.body,
        discard() {
          // Destroying the body aborts it, which it reports as an error: nobody waits for that one.
          response.body.on('error', () => undefined);
          response.body.destroy();
        },
      };
    },
    close: async () => {
      if (client) await (await client).dispatcher.close();
    },
  };
}
