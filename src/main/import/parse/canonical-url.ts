// An article's identity is its URL, so two captures of one article must yield
// the same string: tracking parameters and fragments go, percent-encoding is
// written one way, and the host is lower-case (the URL parser does that part).
import { domainToUnicode } from 'node:url';

/** Parameters that only say how the reader arrived, never which article it is. */
const TRACKING_KEY =
  /^(?:utm_\w+|fbclid|gclid|gclsrc|dclid|msclkid|yclid|mc_cid|mc_eid|igshid|spm|scm|xtor|_ga|_gl|ncid|cmpid|at_medium|at_campaign|at_custom\d*|share_source|share_medium|wt\.mc_id)$/i;
/** Keys that are tracking only when their value names a channel, as in `from=rss`. */
const CHANNEL_KEY = /^(?:from|source|src|ref|referrer|via|feature|f)$/i;
const CHANNEL_VALUE =
  /^(?:rss\w*|feeds?|atom|newsletter|email|e-?mail|share\w*|twitter|facebook|weibo|wechat|timeline|singlemessage|groupmessage|homepage|home|hp|app|ios|android|copy_?link|tw|fb)$/i;

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** `%7e` → `~`, `%e4` → `%E4`: one spelling for every percent-encoded octet. */
function normalisePercentEncoding(part: string): string {
  return part.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

function safeDecode(component: string): string {
  try {
    return decodeURIComponent(component.replace(/\+/g, ' '));
  } catch {
    return component;
  }
}

function isTracking(pair: string): boolean {
  const eq = pair.indexOf('=');
  const key = safeDecode(eq === -1 ? pair : pair.slice(0, eq));
  if (TRACKING_KEY.test(key)) return true;
  return eq !== -1 && CHANNEL_KEY.test(key) && CHANNEL_VALUE.test(safeDecode(pair.slice(eq + 1)));
}

/** The canonical form of an http(s) URL, or null when raw is not one. */
export function canonicalUrl(raw: string | null | undefined): string | null {
  const trimmed = raw?.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return null;
  const pairs = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTracking(pair));
  const search = pairs.length > 0 ? `?${normalisePercentEncoding(pairs.join('&'))}` : '';
  return `${url.protocol}//${url.host}${normalisePercentEncoding(url.pathname)}${search}`;
}

/** The site a URL belongs to, as a reader names it: `https://www.rfi.fr/cn/…` → `rfi.fr`. */
export function siteName(url: string): string | null {
  try {
    const host = domainToUnicode(new URL(url).hostname) || new URL(url).hostname;
    return host.replace(/^www\d*\./i, '') || null;
  } catch {
    return null;
  }
}
