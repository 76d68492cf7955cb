// Answers one image request from the library folder. Kept free of electron so it
// can be tested on real files; image-protocol.ts plugs it into protocol.handle.
import { readFile, realpath } from 'node:fs/promises';
import { parseImageUrl } from './image-request';
import { isInsideFolder } from './inside-folder';

/** The service's id → file mapping (LibraryService.imageFile). */
export type ImageLookup = (imageId: string) => { path: string; mime: string } | null;

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
}

export async function serveImage(url: string, lookup: ImageLookup, libraryDir: string): Promise<Response> {
  const id = parseImageUrl(url);
  const found = id === null ? null : lookup(id);
  // Only image types: a stored file must never be handed to the page as a document or script.
  if (!found || !found.mime.startsWith('image/')) return notFound();
  try {
    // Resolve symlinks before the containment check, so a link cannot point outside the library.
    const [file, root] = await Promise.all([realpath(found.path), realpath(libraryDir)]);
    if (!isInsideFolder(root, file)) return notFound();
    const body = await readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': found.mime,
        'X-Content-Type-Options': 'nosniff',
        // An SVG opened as a document must still run nothing (the page only shows images through <img>).
        'Content-Security-Policy': "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox",
        // Ids are content digests, so the bytes behind a URL never change.
        'Cache-Control': 'private, max-age=31536000, immutable',
      },
    });
  } catch {
    // A file removed since it was indexed is simply a missing image.
    return notFound();
  }
}
