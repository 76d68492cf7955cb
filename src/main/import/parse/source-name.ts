// The source an article is grouped under in the library pane. Folder names are
// only trusted when they name something: `_posts`, `lists` or `2023-03-21` say
// how the archive is organised, not where the article came from.
import path from 'node:path';
import type { FrontMatter } from './front-matter';

const GENERIC_FOLDERS = new Set([
  'posts',
  'post',
  'articles',
  'article',
  'lists',
  'list',
  'news',
  'archive',
  'archives',
  'content',
  'contents',
  'src',
  'drafts',
  'pages',
  'items',
  'data',
  'files',
  'docs',
]);
/** `2023`, `2023-03`, `2023-03-21`, `03`, `2023_03_21`: dates and numbers name no source. */
const DATE_LIKE = /^\d{1,4}(?:[-_.]\d{1,2}){0,2}$/;

function isGenericFolder(name: string): boolean {
  // Underscore folders (`_posts`, `_drafts`) are Jekyll's own structure.
  return name.startsWith('_') || GENERIC_FOLDERS.has(name.toLowerCase()) || DATE_LIKE.test(name);
}

/** `[ 泡泡 ]`, `"泡泡"`, `泡泡, 其他` → `泡泡`. */
function firstLabel(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const label = firstLabel(item);
      if (label) return label;
    }
    return null;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const inner = value.trim().replace(/^\[|\]$/g, '');
  for (const part of inner.split(',')) {
    const label = part
      .trim()
      .replace(/^["']|["']$/g, '')
      .trim();
    if (label) return label;
  }
  return null;
}

/** The site's own name in front matter: `site_name`, else `source`. */
export function siteNameFromFrontMatter(frontMatter: FrontMatter | null): string | null {
  if (!frontMatter) return null;
  return firstLabel(frontMatter['site_name']) ?? firstLabel(frontMatter['source']);
}

/** The first of `categories`, else the first of `tags`. */
export function sourceFromLabels(frontMatter: FrontMatter | null): string | null {
  if (!frontMatter) return null;
  return firstLabel(frontMatter['categories']) ?? firstLabel(frontMatter['tags']);
}

/** The first folder between root and the file that names a source: `lists/法广/x.txt` → `法广`. */
export function sourceFromFolders(filePath: string, root: string): string | null {
  const relative = path.relative(root, path.dirname(filePath));
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  for (const folder of relative.split(path.sep)) {
    if (folder && !isGenericFolder(folder)) return folder;
  }
  return null;
}

/** The last resort: the imported folder's own name. */
export function sourceFromRoot(root: string): string {
  return path.basename(path.resolve(root)) || 'Unsorted';
}
