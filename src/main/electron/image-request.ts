// Image URLs the renderer is given: folio-image://image/<id>. The id is the only
// thing read from the URL; it is checked strictly and mapped to a file by the service.
export const IMAGE_SCHEME = 'folio-image';
const IMAGE_HOST = 'image';

// Stored images are named by a lowercase hex digest, optionally with a short extension.
const IMAGE_ID = /^[0-9a-f]{16,64}(\.[a-z0-9]{1,5})?$/;

export function isValidImageId(id: string): boolean {
  return IMAGE_ID.test(id);
}

/** The URL the service hands to the renderer for an image id. */
export function imageUrl(imageId: string): string {
  return `${IMAGE_SCHEME}://${IMAGE_HOST}/${imageId}`;
}

/** The image id a request URL names, or null when the URL is anything but a plain image URL. */
export function parseImageUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${IMAGE_SCHEME}:` || parsed.host !== IMAGE_HOST) return null;
  if (parsed.username || parsed.password || parsed.port || parsed.search || parsed.hash) return null;
  const id = parsed.pathname.slice(1);
  return parsed.pathname.startsWith('/') && isValidImageId(id) ? id : null;
}
