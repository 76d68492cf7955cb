// The CPU-heavy half of importing one file, run in a parse thread: read, hash,
// parse, compress, and look at its local images (the index worker tokenises the text).
import { readFileSync } from 'node:fs';
import { isInsideFolder } from '../files/inside-folder';
import { inspectImage } from '../images/image-facts';
import { detectLang } from '../lang/detect-lang';
import { normalize } from '../search/normalize';
import { digest, encodeArticleBody } from '../library/records';
import { fileProblem } from './job/file-errors';
import { MAX_ARTICLE_BYTES } from './parse/file-kinds';
import { collapseWhitespace } from './parse/html-text';
import { parseArticleFile } from './parse/parse-file';
import type { ImageRef, ParsedArticle } from './parse/parsed-article';
import type { FileTask, PreparedFile, PreparedImage } from './prepared-file';

/** The same article found twice is stored once: by canonical URL, else by its normalised text (a digest of either). */
function identityOf(article: ParsedArticle): string {
  return digest(article.url ? `url:${article.url}` : `text:${collapseWhitespace(normalize(article.text))}`);
}

function prepareImage(ref: ImageRef, position: number, root: string): PreparedImage {
  const base = { position, alt: ref.alt, title: ref.title, caption: ref.caption };
  if (ref.kind === 'remote') return { ...base, remoteUrl: ref.src, local: null, problem: null };
  const unusable = (problem: string): PreparedImage => ({ ...base, remoteUrl: null, local: null, problem: `${problem}: ${ref.src}` });
  if (!ref.path) return unusable('image not found');
  // The one containment rule (links resolved): an article cannot make the library copy a file from elsewhere.
  if (!isInsideFolder(root, ref.path)) return unusable('image outside the imported folder');
  let bytes: Buffer;
  try {
    bytes = readFileSync(ref.path);
  } catch {
    return unusable('image not found');
  }
  const image = inspectImage(bytes);
  if (!image.ok) return unusable('not an image file');
  const { id, mime, width, height } = image.facts;
  return { ...base, remoteUrl: null, local: { path: ref.path, id, mime, bytes: bytes.length, width, height }, problem: null };
}

export function prepareFile(task: FileTask): PreparedFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(task.rawPath ? Buffer.from(task.rawPath) : task.path);
  } catch (error) {
    return { fileHash: null, ...fileProblem(error) };
  }
  const fileHash = digest(bytes);
  // It grew past the limit after the walk measured it.
  if (bytes.length > MAX_ARTICLE_BYTES) return { kind: 'skip', fileHash, reason: 'too large' };
  if (fileHash === task.knownHash) return { kind: 'same-content', fileHash };
  const outcome = parseArticleFile({ bytes, path: task.path, root: task.root, sitePlace: task.sitePlace });
  if (outcome.kind === 'skip') return { kind: 'skip', fileHash, reason: outcome.reason };
  if (outcome.kind === 'fail')
    return { kind: 'fail', fileHash, reason: outcome.reason, ...(outcome.detail ? { detail: outcome.detail } : {}) };
  const a = outcome.article;
  return {
    kind: 'article',
    fileHash,
    identity: identityOf(a),
    identityBy: a.url ? 'url' : 'text',
    format: a.format,
    encoding: a.encoding,
    title: a.title,
    date: a.date,
    dateKind: a.dateKind,
    dateSource: a.dateSource,
    source: a.source,
    author: a.author,
    url: a.url,
    lang: detectLang(a.title, a.text, { url: a.url, encoding: a.encoding }),
    body: encodeArticleBody({ text: a.text, html: a.html }),
    text: a.text,
    images: a.images.map((ref, i) => prepareImage(ref, i, task.root)),
  };
}
