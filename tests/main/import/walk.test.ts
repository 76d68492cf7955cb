// Walking a folder shaped like a real archive repository: a Jekyll site in git,
// feed captures grouped by source, tooling, a list page, symbolic links (a loop,
// links inside the folder, links out of it to a key folder and to /etc), names
// that are not UTF-8, a huge file and files that cannot be read.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareFile } from '../../../src/main/import/prepare-file';
import { detectSiteLayout, sitePlaceOf } from '../../../src/main/import/job/site-layout';
import { walkImportRoot } from '../../../src/main/import/job/walk';
import type { WalkEntry } from '../../../src/main/import/job/walk';
import { fixture, makeTempDir, writeTree } from './fixture-files';

const PNG = fs.readFileSync(fixture('images/book-fair.png'));
const POST = '---\nlayout: post\ntitle: "标题"\n---\n<p>正文</p>\n';

let base = '';
let repo = '';
/** False when running as root, where chmod 000 does not stop reading. */
let permissionsEnforced = true;

async function collect(root: string): Promise<WalkEntry[]> {
  const entries: WalkEntry[] = [];
  for await (const entry of walkImportRoot(root)) entries.push(entry);
  return entries;
}

/** Entries as [kind, path relative to the repo, reason] for readable comparisons. */
function summarise(entries: WalkEntry[]): [string, string, string][] {
  return entries.map((entry) => [entry.kind, path.relative(repo, entry.path), entry.kind === 'file' ? '' : entry.reason]);
}

beforeAll(() => {
  base = makeTempDir();
  repo = path.join(base, 'repo');
  const outside = path.join(base, 'elsewhere');
  writeTree(repo, {
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.git/objects/ab/cdef': PNG,
    '.github/workflows/ci.yml': 'on: push\n',
    '.gitignore': '_site\n',
    '404.html': '<h1>Not found</h1>',
    CNAME: 'news.example.org\n',
    Gemfile: "source 'https://rubygems.org'\n",
    'Gemfile.lock': 'GEM\n',
    'README.md': '# Archive\n',
    '_config.yml': 'title: Archive\n',
    '_data/nav.yml': '- home\n',
    '_includes/head.html': '<meta charset="utf-8">',
    '_layouts/post.html': '{{ content }}',
    '_posts/2023-03-21-story.md': POST,
    '_posts/2014-08-28-back\bspace.md': POST,
    '_posts/2023-03-22-新闻📰.md': POST,
    [`_posts/2023-03-23-${'很长的标题'.repeat(14)}.md`]: POST,
    '_sass/main.scss': 'body { margin: 0 }',
    '_site/index.html': '<html></html>',
    'about.md': '---\nlayout: page\n---\nAbout.\n',
    'assets/css/style.css': 'p {}',
    'assets/js/app.js': 'void 0;',
    'assets/img/logo.png': PNG,
    'data.json': '{}',
    'feed.xml': '<rss/>',
    'index.md': '---\nlayout: home\n---\n',
    'lists/BBC/001_b.md': POST,
    'lists/links.md': ['一', '二', '三', '四', '五', '六'].map((n) => `- [第${n}篇](https://e.org/${n})`).join('\n'),
    'lists/法广/000_a.txt': '<!--1679391902000-->\n[标题](https://www.rfi.fr/cn/a)\n------\n\n<p>正文</p>\n',
    'lists/法广/cover.jpg': PNG,
    'locked-dir/inside.md': POST,
    'locked.txt': 'Locked notes\n\nKept away from other users.\n',
    'node_modules/pkg/index.js': 'module.exports = 1;',
    'notes/NOTES': 'Notes\n\nPlain notes without an extension.\n',
    'notes/blob': PNG,
    'scripts/build.py': 'print(1)\n',
    'scripts/run.sh': 'echo 1\n',
    'vendor/bundle/gem.rb': 'puts 1\n',
  });
  writeTree(outside, {
    'kept.md': POST,
    '.ssh/id_ed25519': '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n',
    'secret.txt': 'A secret note.\n',
  });
  fs.symlinkSync(repo, path.join(repo, 'loop'));
  fs.symlinkSync(outside, path.join(repo, 'mirror'));
  fs.symlinkSync(path.join(outside, '.ssh'), path.join(repo, 'keys'));
  fs.symlinkSync('/etc', path.join(repo, 'etc'));
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(repo, 'secret-link.txt'));
  fs.symlinkSync(path.join(repo, 'lists', '法广'), path.join(repo, 'rfi'));
  fs.symlinkSync(path.join(repo, 'notes', 'NOTES'), path.join(repo, 'notes-link.txt'));
  // A name in GBK (新闻), as Windows zip tools write them: not valid UTF-8.
  fs.writeFileSync(
    Buffer.concat([Buffer.from(`${repo}/gbk-`), Buffer.from([0xd0, 0xc2, 0xce, 0xc5]), Buffer.from('.txt')]),
    'GBK name\n\nA file whose name is not UTF-8.\n',
  );
  // 3 GB without writing 3 GB: a sparse file.
  fs.closeSync(fs.openSync(path.join(repo, 'huge.txt'), 'w'));
  fs.truncateSync(path.join(repo, 'huge.txt'), 3 * 1024 ** 3);
  fs.symlinkSync(path.join(repo, 'missing-target'), path.join(repo, 'dangling'));
  fs.symlinkSync(path.join(repo, 'self-link'), path.join(repo, 'self-link'));
  fs.chmodSync(path.join(repo, 'locked.txt'), 0o000);
  fs.chmodSync(path.join(repo, 'locked-dir'), 0o000);
  try {
    fs.readFileSync(path.join(repo, 'locked.txt'));
    permissionsEnforced = false;
  } catch {
    permissionsEnforced = true;
  }
});

afterAll(() => {
  fs.chmodSync(path.join(repo, 'locked.txt'), 0o644);
  fs.chmodSync(path.join(repo, 'locked-dir'), 0o755);
  fs.rmSync(base, { recursive: true, force: true });
});

describe('walkImportRoot on an archive repository', () => {
  it('lists candidates and skips in sorted order, reporting each skipped folder once', async () => {
    // An unreadable folder is reported by the walk; an unreadable file when the import reads it.
    const locked: [string, string, string][] = permissionsEnforced
      ? [
          ['fail', 'locked-dir', 'unreadable (permission denied)'],
          ['file', 'locked.txt', ''],
        ]
      : [
          // Running as root: chmod 000 does not stop reading, so both are ordinary candidates.
          ['file', 'locked-dir/inside.md', ''],
          ['file', 'locked.txt', ''],
        ];
    expect(summarise(await collect(repo))).toEqual([
      ['skip', '.git', 'site infrastructure'],
      ['skip', '.github', 'site infrastructure'],
      ['skip', '.gitignore', 'hidden file'],
      ['skip', '404.html', 'site page'],
      ['skip', 'CNAME', 'not an article file type'],
      ['skip', 'Gemfile', 'not an article file type'],
      ['skip', 'Gemfile.lock', 'not an article file type'],
      ['skip', 'README.md', 'site page'],
      ['skip', '_config.yml', 'not an article file type'],
      ['skip', '_data', 'site infrastructure'],
      ['skip', '_includes', 'site infrastructure'],
      ['skip', '_layouts', 'site infrastructure'],
      ['file', '_posts/2014-08-28-back\bspace.md', ''],
      ['file', '_posts/2023-03-21-story.md', ''],
      ['file', '_posts/2023-03-22-新闻📰.md', ''],
      ['file', `_posts/2023-03-23-${'很长的标题'.repeat(14)}.md`, ''],
      ['skip', '_sass', 'site infrastructure'],
      ['skip', '_site', 'site infrastructure'],
      // Site pages are decided by content when parsed (index.md and about.md are skipped there).
      ['file', 'about.md', ''],
      ['skip', 'assets', 'site infrastructure'],
      ['fail', 'dangling', 'vanished during import'],
      ['skip', 'data.json', 'not an article file type'],
      ['skip', 'etc', 'link leads outside the folder'],
      ['skip', 'feed.xml', 'not an article file type'],
      ['file', 'gbk-%D0%C2%CE%C5.txt', ''],
      ['skip', 'huge.txt', 'too large'],
      ['file', 'index.md', ''],
      ['skip', 'keys', 'link leads outside the folder'],
      ['file', 'lists/BBC/001_b.md', ''],
      ['file', 'lists/links.md', ''],
      ['file', 'lists/法广/000_a.txt', ''],
      ...locked,
      ['fail', 'loop', 'symbolic link loop'],
      ['skip', 'mirror', 'link leads outside the folder'],
      ['skip', 'node_modules', 'site infrastructure'],
      ['file', 'notes/NOTES', ''],
      ['skip', 'notes/blob', 'binary file'],
      ['file', 'notes-link.txt', ''],
      // A link to a folder inside is followed once: lists/法广 was walked already, so it is a loop.
      ['fail', 'rfi', 'symbolic link loop'],
      ['skip', 'scripts/build.py', 'not an article file type'],
      ['skip', 'scripts/run.sh', 'not an article file type'],
      ['skip', 'secret-link.txt', 'link leads outside the folder'],
      ['fail', 'self-link', 'symbolic link loop'],
      ['skip', 'vendor', 'site infrastructure'],
    ]);
  });

  it('hands over candidates that parse as articles, except the site pages and the list page', async () => {
    const outcomes: [string, string][] = [];
    // A _config.yml and _posts/: a Jekyll site, whose files beside the posts are its own pages.
    const site = detectSiteLayout(repo);
    expect(site).toEqual({ contentFolders: [path.join(repo, '_posts')] });
    for (const entry of await collect(repo)) {
      if (entry.kind !== 'file') continue;
      // prepareFile reads the file as the import does, so an unreadable one is reported here.
      const raw = entry.rawPath ? { rawPath: entry.rawPath } : {};
      const sitePlace = sitePlaceOf(site, repo, entry.path);
      const outcome = prepareFile({
        path: entry.path,
        ...raw,
        root: repo,
        sitePlace,
        size: entry.size,
        mtimeMs: entry.mtimeMs,
        knownHash: null,
      });
      outcomes.push([
        path.relative(repo, entry.path),
        outcome.kind === 'article' ? outcome.source : outcome.kind === 'same-content' ? '' : outcome.reason,
      ]);
    }
    expect(outcomes).toEqual([
      ['_posts/2014-08-28-back\bspace.md', 'repo'],
      ['_posts/2023-03-21-story.md', 'repo'],
      ['_posts/2023-03-22-新闻📰.md', 'repo'],
      [`_posts/2023-03-23-${'很长的标题'.repeat(14)}.md`, 'repo'],
      ['about.md', 'site page'],
      // Opened by its bytes, not "vanished": a page of the site, as it sits in its root.
      ['gbk-%D0%C2%CE%C5.txt', 'site page'],
      ['index.md', 'site page'],
      ['lists/BBC/001_b.md', 'BBC'],
      ['lists/links.md', 'link list'],
      ['lists/法广/000_a.txt', '法广'],
      ...(permissionsEnforced
        ? [['locked.txt', 'unreadable (permission denied)'] as [string, string]]
        : [['locked-dir/inside.md', 'locked-dir'] as [string, string], ['locked.txt', 'site page'] as [string, string]]),
      ['notes/NOTES', 'notes'],
      ['notes-link.txt', 'site page'],
    ]);
  });

  it('explains a link whose target is missing', async () => {
    const entries = await collect(repo);
    expect(entries.find((entry) => entry.path.endsWith('dangling'))).toEqual({
      kind: 'fail',
      path: path.join(repo, 'dangling'),
      reason: 'vanished during import',
      detail: 'broken symbolic link',
    });
  });

  it('gives each candidate its size and modification time', async () => {
    const entries = await collect(path.join(repo, 'lists'));
    const capture = entries.find((entry) => entry.path.endsWith('000_a.txt'));
    const stats = fs.statSync(path.join(repo, 'lists/法广/000_a.txt'));
    expect(capture).toEqual({ kind: 'file', path: path.join(repo, 'lists/法广/000_a.txt'), size: stats.size, mtimeMs: stats.mtimeMs });
  });

  it('reports unreadable files and folders', async (context) => {
    if (!permissionsEnforced) context.skip('running as root: chmod 000 does not stop root reading, so nothing is unreadable');
    const entries = await collect(repo);
    expect(entries).toContainEqual(
      expect.objectContaining({ kind: 'fail', path: path.join(repo, 'locked-dir'), reason: 'unreadable (permission denied)' }),
    );
    const locked = path.join(repo, 'locked.txt');
    expect(prepareFile({ path: locked, root: repo, sitePlace: null, size: 0, mtimeMs: 0, knownHash: null })).toMatchObject({
      kind: 'fail',
      reason: 'unreadable (permission denied)',
    });
  });

  it('reports a root that does not exist', async () => {
    const missing = path.join(base, 'no-such-folder');
    expect(await collect(missing)).toEqual([expect.objectContaining({ kind: 'fail', path: missing, reason: 'vanished during import' })]);
  });

  it('accepts a single article file as the root', async () => {
    const file = path.join(repo, '_posts/2023-03-21-story.md');
    expect(summarise(await collect(file))).toEqual([['file', '_posts/2023-03-21-story.md', '']]);
  });
});
