// What a name in an imported folder is, before anything is read. Real archives
// are often whole Jekyll sites in git repositories: the machinery around the
// articles must be skipped, and said so once, not file by file.

export type FileKind = 'article' | 'image' | 'unknown' | 'other';

/**
 * Larger than any article, even a saved page with its images inlined: such a file is a
 * data dump or a disk image, and reading it whole would only exhaust a worker's memory.
 */
export const MAX_ARTICLE_BYTES = 64 * 1024 * 1024;

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
const IMAGE_EXTENSIONS = new Set([
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.avif',
  '.svg',
  '.bmp',
  '.ico',
  '.tif',
  '.tiff',
  '.heic',
  '.jfif',
]);
/** Files without an extension that are tooling, not writing. */
const TOOLING_NAMES = new Set([
  'gemfile',
  'rakefile',
  'makefile',
  'dockerfile',
  'procfile',
  'vagrantfile',
  'jenkinsfile',
  'brewfile',
  'guardfile',
  'cname',
  'license',
  'licence',
  'copying',
  'authors',
  'contributors',
  'changelog',
  'notice',
]);
const INFRASTRUCTURE_FOLDERS = new Set([
  '_layouts',
  '_includes',
  '_sass',
  '_data',
  '_site',
  '_plugins',
  'assets',
  'node_modules',
  'vendor',
]);
/** Site pages skipped by name alone: they are never articles. */
const NAMED_INDEX_PAGES = new Set(['readme', '404']);
/** Site pages that are articles only if their content says so (an `index.html` can be a saved article). */
const SITE_PAGE_NAMES = new Set(['index', 'about', 'archive', 'archives', 'tags', 'categories', 'search', 'sitemap']);

/** `.md` for `a.b.md`; '' when the name has no real extension (`000_U.S. election` has none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return '';
  const extension = name.slice(dot).toLowerCase();
  return /^\.[a-z0-9]{1,10}$/.test(extension) ? extension : '';
}

function stem(name: string): string {
  const extension = extensionOf(name);
  return (extension ? name.slice(0, -extension.length) : name).toLowerCase();
}

export function classifyFileName(name: string): FileKind {
  const extension = extensionOf(name);
  if (ARTICLE_EXTENSIONS.has(extension)) return 'article';
  if (IMAGE_EXTENSIONS.has(extension)) return 'image';
  if (extension === '') return TOOLING_NAMES.has(name.toLowerCase()) ? 'other' : 'unknown';
  return 'other';
}

export function isHidden(name: string): boolean {
  return name.startsWith('.');
}

export function isInfrastructureFolder(name: string): boolean {
  return isHidden(name) || INFRASTRUCTURE_FOLDERS.has(name.toLowerCase());
}

/** README and 404 pages: skipped by name. */
export function isNamedIndexPage(name: string): boolean {
  return NAMED_INDEX_PAGES.has(stem(name));
}

/** index, about, archive, tags…: skipped when they are site pages (front matter) or lists of links. */
export function isSitePageName(name: string): boolean {
  return SITE_PAGE_NAMES.has(stem(name));
}

export function isMarkdownName(name: string): boolean {
  const extension = extensionOf(name);
  return extension === '.md' || extension === '.markdown';
}

export function isHtmlName(name: string): boolean {
  const extension = extensionOf(name);
  return extension === '.html' || extension === '.htm';
}
