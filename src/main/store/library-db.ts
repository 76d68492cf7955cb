// library.db: articles, sources, imported files, blob locations, images and the
// index manifest. The only code that speaks SQL to it. Transactions are not
// offered here: the library decides when work becomes one unit (library.ts).
import { basename, dirname, sep } from 'node:path';
import type { SegmentRecord } from '../search/index/segment-record';
import type { BlobLocation } from './blob-packs';
import { ImageDb } from './image-db';
import { ARTICLE_COLUMNS, ARTICLE_FROM, HIT_COLUMNS, HIT_FROM, filePath, toArticle, toBytes, toHex, toHitRow } from './library-rows';
import type { ArticleImageRow, ArticleRow, FileRow, HitRow, NewArticle, RootRow, ShownImageRow } from './library-rows';
import { num, str, strOrNull } from './sql-helpers';
import type { Params, Statements } from './sql-helpers';
import type { SqlValue } from 'sql.js';

/** Every article's id, source, date (epoch ms) and whether it is dated (1/0), one typed array each, in step. */
export interface CatalogColumns {
  ids: Int32Array;
  sources: Int32Array;
  dates: Float64Array;
  dated: Uint8Array;
}

export class LibraryDb {
  /** Folder path → id, filled as folders are met (a library has hundreds, not thousands). */
  private readonly folderIds = new Map<string, number>();
  /** Downloaded remote images. */
  readonly images: ImageDb;

  constructor(private readonly sql: Statements) {
    sql.onRollback(() => this.folderIds.clear());
    this.images = new ImageDb(sql);
  }

  // Folders

  private folderId(path: string, create: boolean): number | null {
    const known = this.folderIds.get(path);
    if (known !== undefined) return known;
    const row = this.sql.one('SELECT id FROM folders WHERE path = ?', [path]);
    let id = row ? num(row.id) : null;
    if (id === null && create) {
      this.sql.run('INSERT INTO folders(path) VALUES (?)', [path]);
      id = this.sql.lastInsertId();
    }
    if (id !== null) this.folderIds.set(path, id);
    return id;
  }

  // Sources

  sourceId(name: string): number {
    const row = this.sql.one('SELECT id FROM sources WHERE name = ?', [name]);
    if (row) return num(row.id);
    this.sql.run('INSERT INTO sources(name) VALUES (?)', [name]);
    return this.sql.lastInsertId();
  }

  sources(): { id: number; name: string }[] {
    return this.sql.all('SELECT id, name FROM sources ORDER BY name').map((r) => ({ id: num(r.id), name: str(r.name) }));
  }

  dropEmptySources(): void {
    this.sql.run('DELETE FROM sources WHERE id NOT IN (SELECT DISTINCT source_id FROM articles)');
  }

  // Articles

  articleByIdentity(identity: string): ArticleRow | null {
    const r = this.sql.arrays(`SELECT ${ARTICLE_COLUMNS} FROM ${ARTICLE_FROM} WHERE a.identity = ?`, [toBytes(identity)])[0];
    return r ? toArticle(r) : null;
  }

  article(id: number): ArticleRow | null {
    const r = this.sql.arrays(`SELECT ${ARTICLE_COLUMNS} FROM ${ARTICLE_FROM} WHERE a.id = ?`, [id])[0];
    return r ? toArticle(r) : null;
  }

  articles(ids: readonly number[]): ArticleRow[] {
    return this.byIds(ARTICLE_COLUMNS, ARTICLE_FROM, ids).map(toArticle);
  }

  /** The rows of a page of search hits: fewer columns than articles(). */
  hitRows(ids: readonly number[]): HitRow[] {
    return this.byIds(HIT_COLUMNS, HIT_FROM, ids).map(toHitRow);
  }

  private byIds(columns: string, from: string, ids: readonly number[]): SqlValue[][] {
    if (ids.length === 0) return [];
    // The IN list is padded (with id 0, which no article has) to a power of two, so a handful of
    // prepared statements serve every page size instead of one kept per length.
    let size = 16;
    while (size < ids.length) size *= 2;
    const padded = [...ids, ...new Array<number>(size - ids.length).fill(0)];
    return this.sql.arrays(`SELECT ${columns} FROM ${from} WHERE a.id IN (${new Array(size).fill('?').join(',')})`, padded);
  }

  /** An article's columns in the order insertArticle and updateArticle name them. */
  private articleValues(a: NewArticle, importedAt: number): Params {
    return [
      toBytes(a.identity),
      a.title,
      a.sourceId,
      a.date,
      a.dateKind,
      a.author,
      a.url,
      ...this.place(a.path),
      a.format,
      a.encoding,
      a.bodyBlob,
      a.textLength,
      importedAt,
      a.lang,
    ];
  }

  insertArticle(a: NewArticle, importedAt: number): number {
    this.sql.run(
      `INSERT INTO articles(identity, title, source_id, date, date_kind, author, url, folder_id, file_name, format, encoding,
         body_blob, text_length, imported_at, lang) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
      this.articleValues(a, importedAt),
    );
    return this.sql.lastInsertId();
  }

  updateArticle(id: number, a: NewArticle, importedAt: number): void {
    this.sql.run(
      `UPDATE articles SET identity = ?, title = ?, source_id = ?, date = ?, date_kind = ?, author = ?, url = ?, folder_id = ?,
         file_name = ?, format = ?, encoding = ?, body_blob = ?, text_length = ?, imported_at = ?, lang = ? WHERE id = ?`,
      [...this.articleValues(a, importedAt), id],
    );
  }

  deleteArticles(ids: readonly number[]): void {
    for (const id of ids) {
      this.sql.run('DELETE FROM article_images WHERE article_id = ?', [id]);
      this.sql.run('UPDATE files SET article_id = NULL WHERE article_id = ?', [id]);
      this.sql.run('DELETE FROM articles WHERE id = ?', [id]);
    }
  }

  /**
   * id, source id, date and whether it is dated, of every article: the in-memory catalog's input,
   * read at every open (and by the search worker). One aggregated string per column, read into typed
   * arrays: stepping 100k rows through sql.js, or an array per row, costs several times more. The
   * aggregates of one query read the rows in one order, so the columns line up.
   */
  catalogColumns(): CatalogColumns {
    const row = this.sql.one(
      "SELECT group_concat(id) AS ids, group_concat(source_id) AS sources, group_concat(date) AS dates, group_concat(date_kind != 'undated') AS dated FROM articles",
    );
    const column = (name: string): string[] => {
      const joined = str(row?.[name]);
      return joined === '' ? [] : joined.split(',');
    };
    return {
      ids: Int32Array.from(column('ids'), Number),
      sources: Int32Array.from(column('sources'), Number),
      dates: Float64Array.from(column('dates'), Number),
      dated: Uint8Array.from(column('dated'), Number),
    };
  }

  /**
   * Every article's id and title, in step, for ranking by headline (read once, kept by the search
   * side). One JSON array per column: parsing two costs about half of stepping a row per article
   * through sql.js.
   */
  titles(): { ids: number[]; titles: string[] } {
    const row = this.sql.one('SELECT json_group_array(id) AS ids, json_group_array(title) AS titles FROM articles');
    return { ids: JSON.parse(str(row?.ids ?? '[]')) as number[], titles: JSON.parse(str(row?.titles ?? '[]')) as string[] };
  }

  articleCount(): number {
    return num(this.sql.one('SELECT count(*) AS n FROM articles')?.n ?? 0);
  }

  // Imported files

  /** A file's folder id (created when needed) and name. */
  private place(path: string): [number, string] {
    return [this.folderId(dirname(path), true) as number, basename(path)];
  }

  /** Every file recorded in a folder, by name: one query where an import looks at a folder's thousands of files. */
  filesIn(dir: string): Map<string, FileRow> {
    const files = new Map<string, FileRow>();
    const folder = this.folderId(dir, false);
    if (folder === null) return files;
    const rows = this.sql.arrays('SELECT name, size, mtime, hash, outcome, reason, article_id, rules FROM files WHERE folder_id = ?', [
      folder,
    ]);
    for (const [name, size, mtime, hash, outcome, reason, articleId, rules] of rows) {
      files.set(str(name), {
        path: filePath(dir, str(name)),
        size: num(size),
        mtime: num(mtime),
        hash: toHex(hash),
        outcome: str(outcome) as FileRow['outcome'],
        reason: strOrNull(reason),
        articleId: articleId === null ? null : num(articleId),
        rules: num(rules),
      });
    }
    return files;
  }

  putFile(f: FileRow): void {
    this.sql.run(
      'INSERT OR REPLACE INTO files(folder_id, name, size, mtime, hash, outcome, reason, article_id, rules) VALUES (?,?,?,?,?,?,?,?,?)',
      [...this.place(f.path), f.size, f.mtime, toBytes(f.hash), f.outcome, f.reason, f.articleId, f.rules],
    );
  }

  /** Paths of imported article files under a folder (its own and every folder below it). */
  articleFilesUnder(root: string): string[] {
    const below = root.endsWith(sep) ? root : `${root}${sep}`;
    return this.sql
      .arrays(
        `SELECT f.path, files.name FROM files JOIN folders f ON f.id = files.folder_id
         WHERE (f.path = ? OR (f.path >= ? AND f.path < ?)) AND files.outcome IN ('article', 'duplicate')`,
        [root, below, `${below.slice(0, -1)}${String.fromCharCode(sep.charCodeAt(0) + 1)}`],
      )
      .map((r) => filePath(str(r[0]), str(r[1])));
  }

  // Imported folders

  /**
   * Records a folder the user imported (kept for watching, refreshing and re-importing); a folder
   * already known keeps its import time unless `touch` says the import changed something.
   */
  rememberRoot(path: string, importedAt: number, touch: boolean): void {
    this.sql.run(
      touch
        ? 'INSERT INTO roots(path, added_at, imported_at) VALUES (?, ?, ?) ON CONFLICT(path) DO UPDATE SET imported_at = excluded.imported_at'
        : 'INSERT INTO roots(path, added_at, imported_at) VALUES (?, ?, ?) ON CONFLICT(path) DO NOTHING',
      [path, importedAt, importedAt],
    );
  }

  roots(): RootRow[] {
    return this.sql.all('SELECT id, path, added_at, imported_at FROM roots ORDER BY path').map((r) => ({
      id: num(r.id),
      path: str(r.path),
      addedAt: num(r.added_at),
      importedAt: r.imported_at === null ? null : num(r.imported_at),
    }));
  }

  // Blobs

  blobId(hash: string): number | null {
    const r = this.sql.one('SELECT id FROM blobs WHERE hash = ?', [toBytes(hash)]);
    return r ? num(r.id) : null;
  }

  putBlob(hash: string, at: BlobLocation): number {
    const values = [toBytes(hash), at.pack, at.offset, at.length, at.crc];
    this.sql.run('INSERT INTO blobs(hash, pack, offset, length, crc) VALUES (?,?,?,?,?)', values);
    return this.sql.lastInsertId();
  }

  blobHash(id: number): string {
    return toHex(this.sql.one('SELECT hash FROM blobs WHERE id = ?', [id])?.hash);
  }

  /** Records the CRC-32 of a blob written before checksums were kept. */
  setBlobCrc(id: number, crc: number): void {
    this.sql.run('UPDATE blobs SET crc = ? WHERE id = ?', [crc, id]);
  }

  /** Gives an article another body (repair: its file now holds other text than the damaged blob did). */
  setArticleBody(articleId: number, bodyBlob: number, textLength: number): void {
    this.sql.run('UPDATE articles SET body_blob = ?, text_length = ? WHERE id = ?', [bodyBlob, textLength, articleId]);
  }

  /** Points a blob at a fresh copy of its bytes (repair: the old ones were damaged). */
  moveBlob(id: number, at: BlobLocation): void {
    this.sql.run('UPDATE blobs SET pack = ?, offset = ?, length = ?, crc = ? WHERE id = ?', [at.pack, at.offset, at.length, at.crc, id]);
  }

  packs(): { id: number; length: number }[] {
    return this.sql
      .all('SELECT id, committed_length FROM packs ORDER BY id')
      .map((r) => ({ id: num(r.id), length: num(r.committed_length) }));
  }

  setPackLength(id: number, length: number): void {
    this.sql.run('INSERT OR REPLACE INTO packs(id, committed_length) VALUES (?, ?)', [id, length]);
  }

  // Images

  hasImage(id: string): boolean {
    return this.sql.one('SELECT 1 AS x FROM images WHERE id = ?', [id]) !== null;
  }

  image(id: string): { id: string; mime: string } | null {
    const r = this.sql.one('SELECT id, mime FROM images WHERE id = ?', [id]);
    return r ? { id: str(r.id), mime: str(r.mime) } : null;
  }

  putImage(id: string, mime: string, bytes: number, width: number | null, height: number | null): void {
    this.images.put({ id, mime, bytes, width, height });
  }

  setArticleImages(articleId: number, images: ArticleImageRow[]): void {
    this.sql.run('DELETE FROM article_images WHERE article_id = ?', [articleId]);
    for (const i of images) {
      this.sql.run('INSERT INTO article_images(article_id, position, image_id, remote_url, alt, title, caption) VALUES (?,?,?,?,?,?,?)', [
        articleId,
        i.position,
        i.imageId,
        i.remoteUrl,
        i.alt,
        i.title,
        i.caption,
      ]);
    }
  }

  /** An article's images as shown: a remote one that was downloaded has its image id, one that failed its reason. */
  articleImages(articleId: number): ShownImageRow[] {
    return this.sql
      .arrays(
        `SELECT ai.position, coalesce(ai.image_id, r.image_id), ai.remote_url, ai.alt, ai.title, ai.caption, i.width, i.height, r.failure
         FROM article_images ai LEFT JOIN remote_images r ON r.url = ai.remote_url LEFT JOIN images i ON i.id = coalesce(ai.image_id, r.image_id)
         WHERE ai.article_id = ? ORDER BY ai.position`,
        [articleId],
      )
      .map(([position, imageId, remoteUrl, alt, title, caption, width, height, failure]) => ({
        position: num(position),
        imageId: strOrNull(imageId),
        remoteUrl: strOrNull(remoteUrl),
        alt: str(alt),
        title: str(title),
        caption: str(caption),
        width: width === null ? null : num(width),
        height: height === null ? null : num(height),
        failure: strOrNull(failure),
      }));
  }

  imageBytes(): number {
    return num(this.sql.one('SELECT coalesce(sum(bytes), 0) AS n FROM images')?.n ?? 0);
  }

  // Index manifest

  segments(): SegmentRecord[] {
    return this.sql.all('SELECT id, file, dead, checks FROM segments ORDER BY id').map((r) => ({
      id: num(r.id),
      file: str(r.file),
      dead: r.dead instanceof Uint8Array ? r.dead : null,
      checks: r.checks instanceof Uint8Array ? r.checks : null,
    }));
  }

  nextSegmentId(): number {
    return num(this.sql.one('SELECT coalesce(max(id), 0) + 1 AS n FROM segments')?.n ?? 1);
  }

  putSegment(id: number, file: string, written: { docs: number; bytes: number; checks: Uint8Array }): void {
    const values = [id, file, written.docs, written.bytes, written.checks];
    this.sql.run('INSERT INTO segments(id, file, docs, bytes, dead, checks) VALUES (?,?,?,?,NULL,?)', values);
  }

  setSegmentDead(id: number, dead: Uint8Array | null): void {
    this.sql.run('UPDATE segments SET dead = ? WHERE id = ?', [dead, id]);
  }

  deleteSegments(ids: readonly number[]): void {
    for (const id of ids) this.sql.run('DELETE FROM segments WHERE id = ?', [id]);
  }
}
