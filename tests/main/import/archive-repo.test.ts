// A whole archive repository imported from its root (tests/fixtures/archive-repo: a Jekyll
// site with posts, drafts, feed captures, its own pages, a link-only list page, a scraper's
// log, a post with hidden text and an image-name heading, a date-only post, an undated
// draft and an empty post): every article with its title, date as given and source, and
// every skipped file with its reason.
import { cpSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../src/shared/model';
import { editLibraryDb } from '../../helpers/corpus-library';
import { openService } from '../../helpers/open-service';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const REPO = resolve('tests/fixtures/archive-repo');
const all = { kind: 'all' } as const;

function copyRepo(): string {
  const root = join(tempDir(), 'archive-repo');
  cpSync(REPO, root, { recursive: true });
  return root;
}

const row = (a: ArticleSummary) => [a.title, a.dateKind, a.date, a.source];

describe('importing an archive repository from its root', () => {
  it('imports the posts as they are dated, and skips every site file by reason', async () => {
    const root = copyRepo();
    const service = await openService(tempDir());
    const { report } = await service.importFolders([root]);

    const page = await service.listArticles({ view: all, sort: 'newest', offset: 0, limit: 50 });
    expect(page.rows.map(row)).toEqual([
      ['港口的清晨', 'local', '2024-01-05T07:30:00', 'archive-repo'],
      ['夜市翻新后重新开放', 'day', '2023-09-02', '社区通讯'],
      ['浏览器释出紧急更新', 'instant', '2023-03-22T11:51:51.000Z', 'Solidot'],
      ['习近平抵达莫斯科', 'instant', '2023-03-21T09:45:02.000Z', '法广'],
      // No date anywhere: undated, after every dated article.
      ['港口笔记', 'undated', null, 'archive-repo'],
    ]);
    const oldest = await service.listArticles({ view: all, sort: 'oldest', offset: 0, limit: 50 });
    expect(oldest.rows.map((a) => a.title)).toEqual([
      '习近平抵达莫斯科',
      '浏览器释出紧急更新',
      '夜市翻新后重新开放',
      '港口的清晨',
      '港口笔记',
    ]);

    const skipped = report.skipped.map((s) => [relative(root, s.path), s.reason]).sort();
    expect(skipped).toEqual(
      [
        ['README.md', 'site page'],
        ['_config.yml', 'not an article file type'],
        ['_layouts', 'site infrastructure'],
        ['_posts/2023-10-01-empty-post.md', 'empty'],
        ['assets', 'site infrastructure'],
        ['categories/index_old.html', 'site page'],
        ['index.md', 'site page'],
        ['lists/BBC.md', 'link list'],
        ['lists/bbc_scraping_records.txt', 'link list'],
        ['scholars.md', 'site page'],
        ['tools.md', 'site page'],
      ].sort(),
    );
    expect(report).toMatchObject({ imported: 5, failed: [], firstImport: true });
    await service.close();
  });

  it('drops hidden text and the image-name heading, and keeps the photo credit with its photo', async () => {
    const service = await openService(tempDir());
    await service.importFolders([copyRepo()]);
    const [harbour] = (await service.search({ query: '渔船', view: all, sort: 'relevance', offset: 0, limit: 5 })).hits;
    const article = await service.getArticle({ id: harbour?.id ?? 0 });
    for (const hidden of ['隐藏的副标题', 'wechatimg2682', '屏幕阅读器', '追踪代码']) {
      expect(article.html).not.toContain(hidden);
      expect((await service.search({ query: hidden, view: all, sort: 'relevance', offset: 0, limit: 5 })).total).toBe(0);
    }
    expect(article.html).toContain('<p class="folio-credit">图片来源：港务局</p>');
    expect(article.html).toContain('清晨六点，第一批渔船回到港口');
    await service.close();
  });

  it('never matches an undated article with after: or before:', async () => {
    const service = await openService(tempDir());
    await service.importFolders([copyRepo()]);
    const titles = async (query: string) =>
      (await service.search({ query, view: all, sort: 'date', offset: 0, limit: 50 })).hits.map((h) => h.title);
    expect(await titles('码头 after:2023-01-01')).toEqual(['港口的清晨']);
    expect(await titles('码头 before:2030-01-01')).toEqual(['港口的清晨']);
    expect(await titles('码头')).toEqual(['港口的清晨', '港口笔记']);
    // A calendar day is matched on its own day, whatever the zone.
    expect(await titles('after:2023-09-02 before:2023-09-03')).toEqual(['夜市翻新后重新开放']);
    await service.close();
  });

  it('applies the new rules to a library made by the previous version: its site pages go, with only their state', async () => {
    const root = copyRepo();
    const dir = tempDir();
    let service = await openService(dir);
    await service.importFolders([root]);
    const keptId = (await service.listArticles({ view: all, sort: 'newest', offset: 0, limit: 1 })).rows[0]?.id ?? 0;
    await service.close();
    // What the previous Folio left: site pages imported as articles (dated by mtime, so undated after
    // migration 40), and every file marked as read under older rules (migration 41).
    const pages: number[] = [];
    await editLibraryDb(dir, (db) => {
      const value = (sql: string, params: (string | number)[] = []) => db.exec(sql, params)[0]?.values[0]?.[0] as number;
      const folder = value('SELECT id FROM folders WHERE path = ?', [root]);
      const source = value("SELECT id FROM sources WHERE name = 'archive-repo'");
      const body = value('SELECT body_blob FROM articles WHERE id = ?', [keptId]);
      for (const [i, name] of ['tools.md', 'scholars.md'].entries()) {
        db.run(
          `INSERT INTO articles(identity, title, source_id, date, date_kind, folder_id, file_name, format, encoding, body_blob, text_length, imported_at)
           VALUES (randomblob(32), ?, ?, 0, 'undated', ?, ?, 'markdown', 'utf-8', ?, 10, ?)`,
          [name, source, folder, name, body, i],
        );
        const id = value('SELECT last_insert_rowid()');
        db.run(
          "INSERT OR REPLACE INTO files(folder_id, name, size, mtime, hash, outcome, article_id, rules) VALUES (?, ?, 1, 1, randomblob(32), 'article', ?, 0)",
          [folder, name, id],
        );
        pages.push(id);
      }
      db.run('UPDATE files SET rules = 0');
    });
    service = await openService(dir);
    await service.setArticleState({ ids: [keptId, ...pages], starred: true, read: true });
    await service.close();

    service = await openService(dir);
    expect((await service.getOverview()).total).toBe(7);
    const { report } = await service.importFolders([root]);
    expect(report).toMatchObject({ imported: 0, error: null });
    const titles = (await service.listArticles({ view: all, sort: 'newest', offset: 0, limit: 50 })).rows.map((a) => a.title);
    expect(titles).not.toContain('tools.md');
    expect(titles).not.toContain('scholars.md');
    expect(titles).toHaveLength(5);
    // The state of the removed pages is gone; the kept article's stays.
    expect(await service.getOverview()).toMatchObject({ starred: 1 });
    expect(service.library.state.articleStates().map((s) => s.articleId)).toEqual([keptId]);
    await service.close();
  });
});
