import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPaths, ensureCorpus } from '../../bench/corpus/cache';
import { generateCorpus } from '../../bench/corpus/generate';
import type { CorpusStats } from '../../bench/corpus/generate';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((rel) => statSync(join(root, rel)).isFile())
    .map((rel) => rel.split(sep).join('/'))
    .sort();
}

function digestOf(root: string): Map<string, string> {
  return new Map(
    filesUnder(root).map((rel) => [
      rel,
      createHash('sha1')
        .update(readFileSync(join(root, rel)))
        .digest('hex'),
    ]),
  );
}

const FEED_FILE = /^lists\/[^/]+\/\d{3,}_[0-9a-f]{16}\.(txt|md)$/;
const POST_FILE = /^[^/]+\/_posts\/\d{4}-\d{2}-\d{2}-.+\.md$/;
const HAN = /\p{Script=Han}/gu;

/** The article's text as a reader sees it: markup, the header lines and front matter removed. */
function visibleText(content: string): string {
  return content
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^<!--\d+-->\n\[.*\]\(.*\)\n------\n/, '')
    .replace(/<script>[\s\S]*?<\/script>|<nav[\s\S]*?<\/nav>|<div class="share-buttons">[\s\S]*?<\/div>/g, '')
    .replace(/<div class="submitted">[\s\S]*?<\/div>|<div>\d\d\/\d\d\/\d{4} - \d\d:\d\d<\/div>|<h1[\s\S]*?<\/h1>/g, '')
    .replace(/<[^>]+>|\*\*|!\[.*?\]\(.*?\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The article's URL without tracking parameters: its identity. */
function urlOf(content: string): string | null {
  const url = /^from: (\S+)$/m.exec(content)?.[1] ?? /^\[.*\]\((https:[^)]+)\)$/m.exec(content)?.[1];
  return url ? url.replace(/\?utm_[^)\s]*$/, '') : null;
}

describe('corpus generator', () => {
  it('writes the same corpus for the same seed, and another for another seed', () => {
    const [a, b, c] = [tempDir(), tempDir(), tempDir()];
    generateCorpus({ dir: a, profile: 'light', articles: 150, seed: 7 });
    generateCorpus({ dir: b, profile: 'light', articles: 150, seed: 7 });
    generateCorpus({ dir: c, profile: 'light', articles: 150, seed: 8 });
    const first = digestOf(a);
    expect(first.size).toBeGreaterThan(150);
    expect(digestOf(b)).toEqual(first);
    const articleDigests = (files: Map<string, string>): Set<string> =>
      new Set([...files].filter(([rel]) => FEED_FILE.test(rel) || POST_FILE.test(rel)).map(([, digest]) => digest));
    const shared = [...articleDigests(digestOf(c))].filter((digest) => articleDigests(first).has(digest));
    // Only the empty broken file can be the same under two seeds.
    expect(shared).toEqual([createHash('sha1').update('').digest('hex')]);
  });

  describe('a 600-article corpus', () => {
    let dir = '';
    let stats: CorpusStats;
    let files: string[] = [];
    let content = new Map<string, Buffer>();
    let articleFiles: string[] = [];
    /** Article files that are not broken, one per capture (duplicates included). */
    let articles: string[] = [];
    const text = (rel: string): string => (content.get(rel) as Buffer).toString('utf8');

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'folio-bench-corpus-'));
      stats = generateCorpus({ dir, profile: 'light', articles: 600, seed: 3 });
      files = filesUnder(dir);
      content = new Map(files.map((rel) => [rel, readFileSync(join(dir, rel))]));
      articleFiles = files.filter((rel) => FEED_FILE.test(rel) || POST_FILE.test(rel));
      articles = articleFiles.filter((rel) => !(content.get(rel) as Buffer).includes(0) && urlOf(text(rel)) !== null);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('lays files out as feed captures under lists/<source>/ and Jekyll posts in _posts/, with site clutter', () => {
      const feeds = articles.filter((rel) => FEED_FILE.test(rel));
      const posts = articles.filter((rel) => POST_FILE.test(rel));
      expect(feeds.length).toBeGreaterThan(300);
      expect(posts.length).toBeGreaterThan(100);
      for (const rel of feeds) expect(text(rel)).toMatch(/^<!--\d{13}-->\n\[[^\n]+\]\(https:\/\/[^\s)]+\)\n------\n\n</);
      for (const rel of posts) {
        expect(text(rel)).toMatch(
          /^---\nlayout: post\ntitle: "[^\n]+"\ndate: \d{4}-\d\d-\d\dT[^\n]+\nauthor: [^\n]+\nfrom: https:\/\/\S+\ntags: \[ [^\n]+ \]\ncategories: \[ [^\n]+ \]\n---\n/,
        );
      }
      const bodies = posts.map((rel) => text(rel).replace(/^---\n[\s\S]*?\n---\n/, ''));
      expect(bodies.some((b) => b.startsWith('<!--'))).toBe(true);
      expect(bodies.some((b) => b.includes('<script>') && b.includes('<h1 class="page-title">'))).toBe(true);
      expect(bodies.some((b) => b.startsWith('**') || b.startsWith('!['))).toBe(true);
      const sources = new Set(feeds.map((rel) => rel.split('/')[1]));
      const sites = new Set(posts.map((rel) => rel.split('/')[0]));
      expect(sources.size + sites.size).toBeGreaterThanOrEqual(18);
      for (const site of sites) {
        expect(files).toContain(`${site}/_layouts/default.html`);
        expect(files.some((rel) => rel.startsWith(`${site}/assets/`))).toBe(true);
      }
    });

    it('writes 500–15,000 characters per article, about 2,000 on average', () => {
      const lengths = articles.map((rel) => visibleText(text(rel)).length);
      // Paragraph breaks are not counted here, so allow a little under 500.
      expect(Math.min(...lengths)).toBeGreaterThanOrEqual(470);
      expect(Math.max(...lengths)).toBeLessThanOrEqual(15_000);
      const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
      expect(mean).toBeGreaterThan(1500);
      expect(mean).toBeLessThan(2500);
      expect(lengths.filter((n) => n > 5000).length).toBeGreaterThan(0);
    });

    it('is mostly Chinese, partly English and Traditional', () => {
      const hanShare = (rel: string): number => {
        const visible = visibleText(text(rel));
        return (visible.match(HAN)?.length ?? 0) / visible.length;
      };
      const chinese = articles.filter((rel) => hanShare(rel) > 0.5).length / articles.length;
      expect(chinese).toBeGreaterThan(0.75);
      expect(chinese).toBeLessThan(0.95);
      // 國 and 們 are the Traditional forms of two of the most frequent characters.
      const traditional = articles.filter((rel) => /[國們]/.test(text(rel))).length;
      expect(traditional).toBeGreaterThan(articles.length * 0.02);
      expect(traditional).toBeLessThan(articles.length * 0.1);
    });

    it('captures about 1% of articles twice: the same URL in two folders', () => {
      const byUrl = new Map<string, string[]>();
      for (const rel of articles) byUrl.set(urlOf(text(rel)) as string, [...(byUrl.get(urlOf(text(rel)) as string) ?? []), rel]);
      const twice = [...byUrl.values()].filter((paths) => paths.length > 1);
      expect(byUrl.size).toBe(600);
      expect(twice.length).toBeGreaterThanOrEqual(1);
      expect(twice.length).toBeLessThanOrEqual(15);
      for (const paths of twice) expect(new Set(paths.map((p) => p.split('/').slice(0, 2).join('/'))).size).toBe(2);
      expect(stats.duplicates).toBe(twice.length);
    });

    it('includes broken files: empty, binary junk, NUL bytes, unclosed front matter', () => {
      const bytes = articleFiles.map((rel) => content.get(rel) as Buffer);
      const invalidUtf8 = (b: Buffer): boolean => {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(b);
          return false;
        } catch {
          return true;
        }
      };
      expect(bytes.some((b) => b.length === 0)).toBe(true);
      expect(bytes.some((b) => b.length > 0 && invalidUtf8(b))).toBe(true);
      expect(bytes.some((b) => b.includes(0) && !invalidUtf8(b))).toBe(true);
      expect(articleFiles.some((rel) => text(rel).startsWith('---\n') && !/\n---\n/.test(text(rel)))).toBe(true);
    });

    it('plants terms at known rates: a word in ~40% of Chinese articles, a rare word in one in a thousand', () => {
      const having = (pattern: RegExp): Set<string> =>
        new Set(articles.filter((rel) => pattern.test(text(rel))).map((rel) => urlOf(text(rel)) as string));
      const frequent = having(/经济|經濟/).size / articles.length;
      expect(frequent).toBeGreaterThan(0.3);
      expect(frequent).toBeLessThan(0.6);
      // Article 7 of every thousand: one article of 600, wherever its copies are.
      expect(having(/鹦鹉螺|鸚鵡螺/).size).toBe(1);
      expect(having(/climate change/).size).toBeGreaterThan(0);
    });

    it('copies a few local images into Jekyll sites and links them from posts', () => {
      const images = files.filter((rel) => /\/assets\/images\/[0-9a-f]{12}\.png$/.test(rel));
      expect(images.length).toBe(stats.images);
      for (const rel of images) expect([...(content.get(rel) as Buffer).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      const linked = images.filter((rel) => articles.some((post) => text(post).includes(`../assets/images/${rel.split('/').at(-1)}`)));
      expect(linked).toEqual(images);
    });
  });
});

describe('corpus cache', () => {
  it('reuses a finished corpus and regenerates an interrupted one', () => {
    const work = tempDir();
    const lines: string[] = [];
    const first = ensureCorpus(work, 'light', 50, 2, (l) => lines.push(l));
    expect(first.reused).toBe(false);
    const probe = join(first.dir, filesUnder(first.dir)[0] as string);
    const written = statSync(probe).mtimeMs;

    const again = ensureCorpus(work, 'light', 50, 2, (l) => lines.push(l));
    expect(again.reused).toBe(true);
    expect(again.stats).toEqual(first.stats);
    expect(statSync(probe).mtimeMs).toBe(written);
    expect(lines.some((l) => l.includes('reusing'))).toBe(true);

    rmSync(corpusPaths(work, 'light', 50, 2).statsFile);
    const redone = ensureCorpus(work, 'light', 50, 2, () => undefined);
    expect(redone.reused).toBe(false);
    expect(digestOf(redone.dir)).toEqual(digestOf(first.dir));
    expect(relative(work, redone.dir)).toBe('corpus-light-50-2');
  });
});
