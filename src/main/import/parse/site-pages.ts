// A site's own pages are not articles: its about and tools pages, its archives and
// tag lists, its home page. In a static site's repository (see job/site-layout.ts)
// the job says where a file sits; anywhere else, the file's name and front matter
// must say it.
import path from 'node:path';
import type { FrontMatter } from './front-matter';
import { frontMatterText } from './front-matter';
import { isSitePageName } from './file-kinds';

/** Where a file sits in a site repository: among the posts, directly in the root, or elsewhere. */
export type SitePlace = 'content' | 'root' | 'other';

/** Folders that hold a site's listing pages, not its articles. */
const LISTING_FOLDERS = new Set(['categories', 'category', 'tags', 'tag', 'archive', 'archives', 'search']);

function inListingFolder(filePath: string, root: string): boolean {
  const relative = path.relative(root, path.dirname(filePath));
  return relative.split(path.sep).some((folder) => LISTING_FOLDERS.has(folder.toLowerCase()));
}

/** Front matter that makes a page of the site: `layout: page` (or home, archive…), or a `permalink`. */
function declaresPage(frontMatter: FrontMatter | null): boolean {
  if (!frontMatter) return false;
  const layout = frontMatterText(frontMatter, 'layout')?.toLowerCase() ?? '';
  return ['page', 'home', 'archive', 'archives', 'category', 'tag', 'tags', 'search'].includes(layout) || 'permalink' in frontMatter;
}

export function isSitePage(place: SitePlace | null, filePath: string, root: string, frontMatter: FrontMatter | null): boolean {
  const name = path.basename(filePath);
  switch (place) {
    case 'content':
      // Hugo's `_index.md` is the listing of its section; `index.md` there is a post (a page bundle).
      return /^_index\./i.test(name);
    case 'root':
      return true;
    case 'other':
      return declaresPage(frontMatter) || isSitePageName(name) || inListingFolder(filePath, root);
    case null:
      // No site around it: an index or about page with front matter is the site's.
      return frontMatter !== null && isSitePageName(name);
  }
}
