// Tracking pixels: invisible images whose only job is to tell a server that the
// page was read. Folio neither downloads them (that would report the reader) nor
// shows them (there is nothing to see).

/** Hosts (and their subdomains) that serve beacons, not pictures. */
const BEACON_HOSTS = [
  'pixel.wp.com',
  'stats.wp.com',
  'stats.wordpress.com',
  'google-analytics.com',
  'googletagmanager.com',
  'doubleclick.net',
  'scorecardresearch.com',
  'quantserve.com',
  'pixel.quantserve.com',
  'mc.yandex.ru',
  'hm.baidu.com',
  'cnzz.com',
  'c.statcounter.com',
  'pi.feedsportal.com',
  'feeds.feedburner.com',
  'feedproxy.google.com',
  'analytics.twitter.com',
  'ct.pinterest.com',
  'bat.bing.com',
  'pixel.facebook.com',
];

/** Paths that are beacons on hosts that also serve real images. */
const BEACON_PATHS = [/^https?:\/\/(?:www\.)?facebook\.com\/tr\b/i, /^https?:\/\/medium\.com\/_\/stat\b/i, /\/~r\/[^/]+\/~4\//];

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export function isBeaconUrl(url: string): boolean {
  if (BEACON_PATHS.some((p) => p.test(url))) return true;
  const host = hostOf(url);
  return host !== null && BEACON_HOSTS.some((beacon) => host === beacon || host.endsWith(`.${beacon}`));
}

/** Width and height attributes of 0 or 1 pixel: the markup of a beacon. */
export function hasPixelSize(attribs: Record<string, string>): boolean {
  const tiny = (value: string | undefined) => value !== undefined && /^\s*[01](?:px)?\s*$/i.test(value);
  return tiny(attribs['width']) && tiny(attribs['height']);
}

/** An image 1×1 pixel or smaller, as downloaded: a beacon the markup did not give away. */
export function isPixelImage(size: { width: number | null; height: number | null }): boolean {
  return size.width !== null && size.height !== null && size.width <= 1 && size.height <= 1;
}
