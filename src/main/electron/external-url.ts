// Which links may leave the app for the system browser or mail client.
const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isAllowedExternalUrl(url: string): boolean {
  try {
    return EXTERNAL_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
