// Downloads one image by the network rules of SECURITY.md: http(s) only, a
// timeout per request, a size cap, at most a few redirects each checked like the
// first URL, and the type decided from the bytes. data: URLs are decoded here, never
// fetched. Returns the bytes with what they are, or why there are none.
import type { RefererPolicy } from '../../shared/model';
import { hostRefusal } from './address-policy';
import type { LocalHosts } from './address-policy';
import { errorFailure, permanent, statusFailure, transient } from './fetch-failure';
import type { FetchFailure } from './fetch-failure';
import type { HopResponse, ImageFetcher } from './fetcher';
import { inspectImage } from './image-facts';
import type { ImageFacts } from './image-facts';

export interface FetchRules {
  userAgent: string;
  referer: RefererPolicy;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  localHosts: LocalHosts;
}

export type FetchOutcome = { ok: true; bytes: Uint8Array; facts: ImageFacts } | ({ ok: false } & FetchFailure);

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'image/avif,image/webp,image/apng,image/svg+xml,image/*;q=0.8,*/*;q=0.5';

const megabytes = (bytes: number): string => (bytes >= 1e6 ? `${Math.round(bytes / 1e6)} MB` : `${Math.round(bytes / 1e3)} KB`);

function inspected(bytes: Uint8Array): FetchOutcome {
  const result = inspectImage(bytes);
  return result.ok ? { ok: true, bytes, facts: result.facts } : { ok: false, ...permanent(result.reason) };
}

/** A data: URL's bytes (base64 or percent-encoded), or null when it is not one. */
export function decodeDataUrl(url: string): Uint8Array | null {
  const match = /^data:([^,]*?)(;base64)?,(.*)$/is.exec(url);
  if (!match) return null;
  const payload = match[3] ?? '';
  try {
    return match[2] ? Buffer.from(payload, 'base64') : Buffer.from(decodeURIComponent(payload), 'utf8');
  } catch {
    return null;
  }
}

export function refererFor(articleUrl: string | null, policy: RefererPolicy): string | null {
  if (!articleUrl || policy === 'none') return null;
  let url: URL;
  try {
    url = new URL(articleUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return policy === 'origin' ? `${url.origin}/` : url.href;
}

/** A protocol-relative address takes its article's scheme (https when the article has none). */
export function absoluteImageUrl(src: string, articleUrl: string | null): string {
  if (!src.startsWith('//')) return src;
  const scheme = articleUrl && /^http:/i.test(articleUrl) ? 'http:' : 'https:';
  return `${scheme}${src}`;
}

async function readCapped(response: HopResponse, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.length;
    if (total > maxBytes) {
      response.discard();
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

function checkUrl(raw: string, rules: FetchRules): { url: URL } | FetchFailure {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return permanent('not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return permanent(`${url.protocol} URLs are not downloaded`);
  const refusal = hostRefusal(url.hostname, rules.localHosts);
  return refusal ? permanent(refusal) : { url };
}

async function oneHop(fetcher: ImageFetcher, url: URL, headers: Record<string, string>, rules: FetchRules, signal: AbortSignal) {
  const response = await fetcher.request({ url: url.href, headers, signal });
  if (REDIRECTS.has(response.status)) {
    response.discard();
    const location = response.header('location');
    return location
      ? ({ kind: 'redirect', to: location } as const)
      : ({ kind: 'failed', failure: permanent(`HTTP ${response.status} without a Location`) } as const);
  }
  if (response.status < 200 || response.status > 299) {
    response.discard();
    return { kind: 'failed', failure: statusFailure(response.status, response.header('retry-after')) } as const;
  }
  const declared = Number(response.header('content-length') ?? NaN);
  if (declared > rules.maxBytes) {
    response.discard();
    return { kind: 'failed', failure: permanent(`larger than ${megabytes(rules.maxBytes)}`) } as const;
  }
  const bytes = await readCapped(response, rules.maxBytes);
  // A body cut short by a cancel or timeout may end without an error: it is not an image.
  signal.throwIfAborted();
  if (!bytes) return { kind: 'failed', failure: permanent(`larger than ${megabytes(rules.maxBytes)}`) } as const;
  return { kind: 'body', bytes } as const;
}

export async function fetchImage(
  fetcher: ImageFetcher,
  src: string,
  articleUrl: string | null,
  rules: FetchRules,
  signal: AbortSignal,
): Promise<FetchOutcome> {
  if (/^data:/i.test(src)) {
    const bytes = decodeDataUrl(src);
    return bytes ? inspected(bytes) : { ok: false, ...permanent('a damaged data: URL') };
  }
  const referer = refererFor(articleUrl, rules.referer);
  const headers: Record<string, string> = { accept: ACCEPT, 'user-agent': rules.userAgent, ...(referer ? { referer } : {}) };
  let current = absoluteImageUrl(src, articleUrl);
  for (let hop = 0; hop <= rules.maxRedirects; hop++) {
    const checked = checkUrl(current, rules);
    if (!('url' in checked)) return { ok: false, ...checked };
    const timeout = AbortSignal.timeout(rules.timeoutMs);
    let result;
    try {
      result = await oneHop(fetcher, checked.url, headers, rules, AbortSignal.any([signal, timeout]));
    } catch (error) {
      if (signal.aborted) return { ok: false, ...transient('cancelled') };
      if (timeout.aborted) return { ok: false, ...transient(`timed out after ${Math.round(rules.timeoutMs / 1000)} s`) };
      return { ok: false, ...errorFailure(error) };
    }
    if (result.kind === 'body') return inspected(result.bytes);
    if (result.kind === 'failed') return { ok: false, ...result.failure };
    try {
      current = new URL(result.to, checked.url).href;
    } catch {
      return { ok: false, ...permanent('redirected to an invalid URL') };
    }
  }
  return { ok: false, ...permanent(`more than ${rules.maxRedirects} redirects`) };
}
