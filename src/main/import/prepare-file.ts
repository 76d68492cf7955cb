// The CPU-heavy half of importing one file, run in a worker thread: read, hash,
// parse, normalise, tokenise, compress, and look at its local images.
import { readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { inspectImage } from '../images/image-facts';
import { detectLang } from '../lang/detect-lang';
import { packTokens } from '../search/index/packed-tokens';
import { normalize } from '../search/normalize';
import { tokenizeDocument } from '../search/tokenize';
import { digest, encodeArticleBody } from '../library/records';
import type { FailReason, ImageRef, ParsedArticle } from './parsed-article';
import { parseArticleFile } from './parse-file';
import type { PackedTokens } from '../search/index/packed-tokens';
import type { FileTask, PreparedFile, PreparedImage } from './prepared-file';

function readFailure(error: unknown): FailReason {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'vanished during import';
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      // EACCES, EPERM, and I/O errors: the file cannot be read, whatever it holds.
      return 'unreadable (permission denied)';
  }
}

/** What the index holds of an article: its title's and text's tokens (at import, and when repair rebuilds the index). */
export function articleTokens(title: string, text: string): PackedTokens {
  return packTokens(tokenizeDocument(normalize(title), normalize(text)));
}

/** The same article found twice is stored once: by canonical URL, else by its normalised text (a digest of either). */
function identityOf(article: ParsedArticle): string {
  return digest(article.url ? `url:${article.url}` : `text:${normalize(article.text).replace(/\s+/g, ' ').trim()}`);
}

/** The real path of a local image, if it is inside the imported folder (a symlink may point anywhere). */
function insideRoot(path: string, root: string): boolean {
  const real = realpathSync(path);
  const realRoot = realpathSync(root);
  const rel = relative(realRoot, real);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function prepareImage(ref: ImageRef, position: number, root: string): PreparedImage {
  const base = { position, alt: ref.alt, title: ref.title, caption: ref.caption };
  if (ref.kind === 'remote') return { ...base, remoteUrl: ref.src, local: null, problem: null };
  const outside = { ...base, remoteUrl: null, local: null, problem: `image outside the imported folder: ${ref.src}` };
  if (!ref.path) return outside;
  let bytes: Buffer;
  try {
    if (!insideRoot(ref.path, root)) return outside;
    bytes = readFileSync(ref.path);
  } catch {
    return { ...base, remoteUrl: null, local: null, problem: `image not found: ${ref.src}` };
  }
  const image = inspectImage(bytes);
  if (!image.ok) return { ...base, remoteUrl: null, local: null, problem: `not an image file: ${ref.src}` };
  const { id, mime, width, height } = image.facts;
  return { ...base, remoteUrl: null, local: { path: ref.path, id, mime, bytes: bytes.length, width, height }, problem: null };
}

export function prepareFile(task: FileTask): PreparedFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(task.path);
  } catch (error) {
    return { kind: 'fail', fileHash: null, reason: readFailure(error) };
  }
  const fileHash = digest(bytes);
  if (fileHash === task.knownHash) return { kind: 'same-content', fileHash };
  const outcome = parseArticleFile({ bytes, path: task.path, root: task.root, mtimeMs: task.mtimeMs });
  if (outcome.kind === 'skip') return { kind: 'skip', fileHash, reason: outcome.reason };
  if (outcome.kind === 'fail') return { kind: 'fail', fileHash, reason: outcome.reason, ...(outcome.detail ? { detail: outcome.detail } : {}) };
  const a = outcome.article;
  return {
    kind: 'article',
    fileHash,
    identity: identityOf(a),
    format: a.format,
    encoding: a.encoding,
    title: a.title,
    date: a.date,
    dateSource: a.dateSource,
    dateGuessed: a.dateGuessed,
    source: a.source,
    author: a.author,
    url: a.url,
    textLength: a.text.length,
    lang: detectLang(a.title, a.text, { url: a.url, encoding: a.encoding }),
    body: encodeArticleBody({ text: a.text, html: a.html }),
    tokens: articleTokens(a.title, a.text),
    images: a.images.map((ref, i) => prepareImage(ref, i, task.root)),
  };
}
