// The app's own schemes: app:// serves the built page, folio-image:// the library's images.
import { protocol } from 'electron';
import type { CustomScheme } from 'electron';
import { APP_SCHEME } from './app-page';
import { IMAGE_SCHEME } from './image-request';
import { serveAppFile } from './serve-app-file';

// standard: parsed like http (host + path, relative URLs resolve); secure: a secure context, not
// "mixed content". The page's module scripts are fetched in CORS mode, which a custom scheme
// supports only with supportFetchAPI + corsEnabled; codeCache keeps V8's compiled code across starts.
export const PRIVILEGED_SCHEMES: CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  { scheme: IMAGE_SCHEME, privileges: { standard: true, secure: true } },
];

/** Must run before the app is ready, and once: a second call would replace the first one's list. */
export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);
}

export function handleAppRequests(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppFile(request.url, rendererDir));
}
