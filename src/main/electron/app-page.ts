// What counts as the app's own page. The IPC sender check and the web request
// filter both ask this, so "trusted" means the same thing everywhere.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMAGE_SCHEME } from './image-request';
import { isInsideFolder } from './inside-folder';

export interface AppPage {
  /** Absolute path of the built out/renderer/index.html. */
  htmlFile: string;
  /** The electron-vite dev server (ELECTRON_RENDERER_URL) in development, otherwise null. */
  devUrl: string | null;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The local file a file:// URL names, or null for any other URL (including file://host/…). */
function localFile(url: URL): string | null {
  return url.protocol === 'file:' && url.host === '' ? resolve(fileURLToPath(url)) : null;
}

/** True when a frame URL is the app page itself (query and hash ignored: the UI may use them). */
export function isAppPageUrl(url: string | null | undefined, page: AppPage): boolean {
  const parsed = url ? parse(url) : null;
  if (!parsed) return false;
  if (page.devUrl) {
    const dev = new URL(page.devUrl);
    return parsed.origin === dev.origin && parsed.pathname === dev.pathname;
  }
  return localFile(parsed) === resolve(page.htmlFile);
}

/**
 * The web request filter: the page may load its own built files, images from the
 * image protocol and data: URLs — nothing else, so no article can reach the network.
 */
export function isAllowedRequest(url: string, page: AppPage): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'data:' || parsed.protocol === `${IMAGE_SCHEME}:`) return true;
  if (page.devUrl) {
    const dev = new URL(page.devUrl);
    // Vite's hot reload talks to the dev server over a WebSocket on the same host and port.
    const sameServer = parsed.host === dev.host && ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol);
    return sameServer || parsed.protocol === 'devtools:';
  }
  const file = localFile(parsed);
  return file !== null && isInsideFolder(dirname(resolve(page.htmlFile)), file);
}
