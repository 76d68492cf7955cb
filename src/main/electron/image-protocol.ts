// The custom protocol the renderer loads article images from (the CSP allows no other image source).
import { protocol } from 'electron';
import { IMAGE_SCHEME } from './image-request';
import { serveImage } from './serve-image';
import type { ImageLookup } from './serve-image';

/** Must run before the app is ready: privileges cannot be granted later. */
export function registerImageScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // standard: parsed like http (host + path); secure: not "mixed content" on the page.
    { scheme: IMAGE_SCHEME, privileges: { standard: true, secure: true } },
  ]);
}

export function handleImageRequests(lookup: ImageLookup, libraryDir: string): void {
  protocol.handle(IMAGE_SCHEME, (request) => serveImage(request.url, lookup, libraryDir));
}
