// Whether an imported folder is a static site's repository (Jekyll, Hugo, Hexo), and
// which of its folders hold the articles. In such a repository the posts and
// collections are the articles; the pages around them (about, tools, archives, tag
// lists) are the site's own and are skipped as site pages.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isInfrastructureFolder } from '../parse/file-kinds';
import { isWithinPath } from '../../files/inside-folder';
import type { SitePlace } from '../parse/site-pages';

export interface SiteLayout {
  /** Absolute folders whose files are articles (posts, drafts, collections, content/). */
  contentFolders: string[];
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

const has = (root: string, name: string): boolean => existsSync(path.join(root, name));

/** Jekyll: `_config.yml` or `_posts/`; every `_name/` beside it that is not the site's machinery is a collection. */
function jekyllContent(root: string): string[] {
  if (!has(root, '_config.yml') && !has(root, '_config.yaml') && !isFolder(path.join(root, '_posts'))) return [];
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  const collections = names.filter((name) => name.startsWith('_') && !isInfrastructureFolder(name));
  return collections.map((name) => path.join(root, name)).filter(isFolder);
}

export function detectSiteLayout(root: string): SiteLayout | null {
  // Hexo keeps its posts in source/_posts beside a _config.yml.
  if (isFolder(path.join(root, 'source', '_posts'))) {
    return { contentFolders: ['_posts', '_drafts'].map((name) => path.join(root, 'source', name)) };
  }
  // Hugo: a config file and content/.
  const hugoConfig = ['hugo.toml', 'hugo.yaml', 'hugo.json', 'config.toml'].some((name) => has(root, name));
  if (hugoConfig && isFolder(path.join(root, 'content'))) return { contentFolders: [path.join(root, 'content')] };
  const jekyll = jekyllContent(root);
  return jekyll.length > 0 || has(root, '_config.yml') ? { contentFolders: jekyll } : null;
}

/** Where a file sits in a site repository; null when the folder is not one. */
export function sitePlaceOf(layout: SiteLayout | null, root: string, file: string): SitePlace | null {
  if (!layout) return null;
  if (layout.contentFolders.some((folder) => isWithinPath(folder, file))) return 'content';
  return path.dirname(file) === root ? 'root' : 'other';
}
