// Answers one app:// request from the built renderer folder, with the page's
// Content-Security-Policy as a header. Kept free of electron so it can be tested on
// real files; app-protocol.ts plugs it into protocol.handle.
import { readFile, realpath } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { isAppOrigin, parseUrl } from './app-page';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { isInsideFolder } from './inside-folder';

/** What the build emits; anything else is not served (no guessing a type for an unknown file). */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
}

/** The file path below the renderer folder that an app:// URL names, or null. */
export function appFilePath(url: string): string | null {
  const parsed = parseUrl(url);
  if (!parsed || !isAppOrigin(parsed)) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null; // a malformed escape names no file
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  return path;
}

export async function serveAppFile(url: string, rendererDir: string): Promise<Response> {
  const path = appFilePath(url);
  const type = path === null ? undefined : CONTENT_TYPES[extname(path).toLowerCase()];
  if (path === null || type === undefined) return notFound();
  try {
    // Resolve links and `..` before the containment check, so nothing outside the build is ever read.
    const [root, file] = await Promise.all([realpath(rendererDir), realpath(join(rendererDir, path))]);
    if (!isInsideFolder(root, file)) return notFound();
    return new Response(await readFile(file), {
      status: 200,
      headers: { 'Content-Type': type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
    });
  } catch {
    return notFound();
  }
}
