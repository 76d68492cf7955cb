// What counts as the app's own page. The IPC sender check and the web request
// filter both ask this, so "trusted" means the same thing everywhere. The built
// page is served from app://folio/ (see serve-app-file.ts), never from file://,
// where 'self' in the CSP would cover every local file.
import { IMAGE_SCHEME } from './image-request';

export const APP_SCHEME = 'app';
export const APP_HOST = 'folio';
const PAGE_PATH = '/index.html';

export interface AppPage {
  /** Absolute path of the built renderer folder (out/renderer): the only files app:// serves. */
  rendererDir: string;
  /** The electron-vite dev server (ELECTRON_RENDERER_URL) in development, otherwise null. */
  devUrl: string | null;
}

/** Parses without throwing: every check below must answer for any string, malformed or not. */
export function parseUrl(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** app://folio with nothing else in the authority (no user, password or port). */
export function isAppOrigin(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password && !url.port;
}

/** The URL the window loads. */
export function appPageUrl(page: AppPage): string {
  return page.devUrl ?? `${APP_SCHEME}://${APP_HOST}${PAGE_PATH}`;
}

/** True when a frame URL is the app page itself (query and hash ignored: the UI may use them). */
export function isAppPageUrl(url: string | null | undefined, page: AppPage): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (page.devUrl) {
    const dev = new URL(page.devUrl);
    return parsed.origin === dev.origin && parsed.pathname === dev.pathname;
  }
  return isAppOrigin(parsed) && parsed.pathname === PAGE_PATH;
}

/**
 * The web request filter: the page may load its own built files, images from the
 * image protocol and data: URLs — nothing else, so no article can reach the network
 * or a local file.
 */
export function isAllowedRequest(url: string, page: AppPage): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === 'data:' || parsed.protocol === `${IMAGE_SCHEME}:` || isAppOrigin(parsed)) return true;
  if (!page.devUrl) return false;
  const dev = new URL(page.devUrl);
  // Vite's hot reload talks to the dev server over a WebSocket on the same host and port.
  const sameServer = parsed.host === dev.host && ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol);
  return sameServer || parsed.protocol === 'devtools:';
}
