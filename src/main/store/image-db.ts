// library.db's downloaded images: which remote URL is stored as which image, which
// failed and why, what they take on disk, and what no article refers to any more.
import type { ImageStorage } from '../../shared/model';
import { num, str, strOrNull } from './sql-helpers';
import type { Statements } from './sql-helpers';

/** One article's reference to a remote image, with what is known of that URL. */
export interface RemoteRef {
  articleId: number;
  /** The article's own URL: the Referer its images are asked for with. */
  articleUrl: string | null;
  url: string;
  imageId: string | null;
  failure: string | null;
  transient: boolean;
}

export interface StoredImage {
  id: string;
  mime: string;
  bytes: number;
  width: number | null;
  height: number | null;
}

const nullableNum = (v: unknown): number | null => (typeof v === 'number' ? v : null);

export class ImageDb {
  constructor(private readonly sql: Statements) {}

  /** Remote image references of every article, or of one, or of those imported since a time. */
  remoteRefs(filter: { articleId?: number; importedSince?: number } = {}): RemoteRef[] {
    const where = ['ai.remote_url IS NOT NULL'];
    const params: number[] = [];
    if (filter.articleId !== undefined) {
      where.push('ai.article_id = ?');
      params.push(filter.articleId);
    }
    if (filter.importedSince !== undefined) {
      where.push('a.imported_at >= ?');
      params.push(filter.importedSince);
    }
    return this.sql
      .arrays(
        `SELECT ai.article_id, a.url, ai.remote_url, r.image_id, r.failure, r.transient
         FROM article_images ai JOIN articles a ON a.id = ai.article_id LEFT JOIN remote_images r ON r.url = ai.remote_url
         WHERE ${where.join(' AND ')} ORDER BY ai.article_id, ai.position`,
        params,
      )
      .map(([articleId, articleUrl, url, imageId, failure, transient]) => ({
        articleId: num(articleId),
        articleUrl: strOrNull(articleUrl),
        url: str(url),
        imageId: strOrNull(imageId),
        failure: strOrNull(failure),
        transient: num(transient) === 1,
      }));
  }

  /** An image file now in the images folder (kept as it is when its content is there already). */
  put(image: StoredImage): void {
    this.sql.run('INSERT OR IGNORE INTO images(id, mime, bytes, width, height) VALUES (?,?,?,?,?)', [
      image.id,
      image.mime,
      image.bytes,
      image.width,
      image.height,
    ]);
  }

  /** A stored image and the remote URL it was downloaded from, as one unit. */
  recordDownload(url: string, image: StoredImage, now: number): void {
    this.sql.savepoint(() => {
      this.put(image);
      this.sql.run('INSERT OR REPLACE INTO remote_images(url, image_id, failure, transient, tried_at) VALUES (?,?,NULL,0,?)', [
        url,
        image.id,
        now,
      ]);
    });
  }

  /** A failed try; transient ones (timeouts, 5xx) are tried again by the next run, the others are not. */
  recordFailure(url: string, reason: string, transient: boolean, now: number): void {
    this.sql.run('INSERT OR REPLACE INTO remote_images(url, image_id, failure, transient, tried_at) VALUES (?,NULL,?,?,?)', [
      url,
      reason,
      transient ? 1 : 0,
      now,
    ]);
  }

  storage(): ImageStorage {
    const total = this.sql.one(
      'SELECT count(*) AS n, coalesce(sum(bytes), 0) AS b FROM images WHERE id IN (SELECT image_id FROM remote_images WHERE image_id IS NOT NULL)',
    );
    // An image used by several sources counts once for each of them.
    const bySource = this.sql
      .arrays(
        `SELECT s.id, s.name, count(*), sum(i.bytes) FROM (
           SELECT DISTINCT a.source_id AS source_id, r.image_id AS image_id
           FROM article_images ai JOIN remote_images r ON r.url = ai.remote_url JOIN articles a ON a.id = ai.article_id
           WHERE r.image_id IS NOT NULL
         ) x JOIN images i ON i.id = x.image_id JOIN sources s ON s.id = x.source_id
         GROUP BY s.id ORDER BY sum(i.bytes) DESC, s.name`,
      )
      .map(([sourceId, name, images, bytes]) => ({ sourceId: num(sourceId), name: str(name), images: num(images), bytes: num(bytes) }));
    return { downloaded: { images: num(total?.n), bytes: num(total?.b) }, bySource };
  }

  /**
   * Forgets downloads: all, or those only the given source's articles use (an image another
   * source also shows stays). Returns how many URLs were forgotten; their images become
   * unreferenced, for dropUnreferenced.
   */
  forgetDownloads(sourceId?: number): number {
    const before = this.sql.totalChanges();
    if (sourceId === undefined) {
      this.sql.run('DELETE FROM remote_images WHERE image_id IS NOT NULL');
    } else {
      const urlsOf = (test: string) =>
        `SELECT ai.remote_url FROM article_images ai JOIN articles a ON a.id = ai.article_id WHERE ai.remote_url IS NOT NULL AND a.source_id ${test} ?`;
      this.sql.run(`DELETE FROM remote_images WHERE image_id IS NOT NULL AND url IN (${urlsOf('=')}) AND url NOT IN (${urlsOf('<>')})`, [
        sourceId,
        sourceId,
      ]);
    }
    return this.sql.totalChanges() - before;
  }

  /**
   * Drops what no article refers to any more: remote URLs no article mentions, then images
   * neither an article nor a remote URL uses. Returns the dropped images, whose files may
   * be deleted once this is committed.
   */
  dropUnreferenced(): { id: string; bytes: number }[] {
    this.sql.run('DELETE FROM remote_images WHERE url NOT IN (SELECT remote_url FROM article_images WHERE remote_url IS NOT NULL)');
    const unreferenced = `id NOT IN (SELECT image_id FROM article_images WHERE image_id IS NOT NULL)
      AND id NOT IN (SELECT image_id FROM remote_images WHERE image_id IS NOT NULL)`;
    const dropped = this.sql
      .arrays(`SELECT id, bytes FROM images WHERE ${unreferenced}`)
      .map(([id, bytes]) => ({ id: str(id), bytes: num(bytes) }));
    if (dropped.length > 0) this.sql.run(`DELETE FROM images WHERE ${unreferenced}`);
    return dropped;
  }

  image(id: string): StoredImage | null {
    const r = this.sql.one('SELECT id, mime, bytes, width, height FROM images WHERE id = ?', [id]);
    return r ? { id: str(r.id), mime: str(r.mime), bytes: num(r.bytes), width: nullableNum(r.width), height: nullableNum(r.height) } : null;
  }
}
