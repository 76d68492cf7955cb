// Which links may leave the app for the system browser or mail client, and in what form:
// the URL handed to the system is the parsed, normalised one, never the string the page sent
// (so what was checked is exactly what opens).

/**
 * The URL to open for a clicked link, or null when it must not leave the app: only web pages
 * (http/https with a host and no embedded credentials) and plain mail addresses (mailto with no
 * parameters: `?attach=` and friends ask some mail clients to attach local files).
 */
export function externalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  switch (url.protocol) {
    case 'http:':
    case 'https:':
      return url.hostname && !url.username && !url.password ? url.href : null;
    case 'mailto:':
      return url.pathname && !url.search && !url.hash ? url.href : null;
    default:
      return null;
  }
}
