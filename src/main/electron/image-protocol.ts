// The custom protocol the renderer loads article images from (the CSP allows no other image source).
import { protocol } from 'electron';
import { IMAGE_SCHEME } from './image-request';
import { serveImage } from './serve-image';
import type { ImageLookup } from './serve-image';

/** `libraryDir` is asked per request: the library shown can change (the sample, a move). */
export function handleImageRequests(lookup: ImageLookup, libraryDir: () => string): void {
  protocol.handle(IMAGE_SCHEME, (request) => serveImage(request.url, lookup, libraryDir()));
}
