// The rows of library.db as the rest of the service sees them, and how they are
// read and written: digests travel as bytes, paths as a folder id and a name.
import { sep } from 'node:path';
import type { SqlValue } from 'sql.js';
import type { ArticleFormat, DateKind } from '../../shared/model';
import type { BlobLocation } from './blob-packs';
import { num, str, strOrNull } from './sql-helpers';

export interface ArticleRow {
  id: number;
  identity: string;
  title: string;
  sourceId: number;
  source: string;
  /** Epoch ms (for local and day kinds, the written clock read as UTC); 0 when undated. */
  date: number;
  dateKind: DateKind;
  author: string | null;
  url: string | null;
  path: string;
  format: ArticleFormat;
  encoding: string;
  /** The article's body blob (text + sanitised HTML), and where it is stored. */
  bodyBlob: number;
  body: BlobLocation;
  textLength: number;
  /** BCP 47 language detected at import (zh-Hans, zh-Hant, en…); null for articles imported before it was recorded. */
  lang: string | null;
}

export type NewArticle = Omit<ArticleRow, 'id' | 'source' | 'body'>;

/** What a search hit shows of an article, and where its text is (HIT_COLUMNS). */
export type HitRow = Pick<ArticleRow, 'id' | 'title' | 'sourceId' | 'date' | 'dateKind' | 'url' | 'path' | 'body' | 'lang'>;

export interface FileRow {
  path: string;
  size: number;
  mtime: number;
  hash: string;
  outcome: 'article' | 'duplicate' | 'skipped' | 'failed';
  reason: string | null;
  articleId: number | null;
  /** The import rules the file was read under (IMPORT_RULES when read by this version). */
  rules: number;
}

export interface RootRow {
  id: number;
  path: string;
  addedAt: number;
  importedAt: number | null;
}

export interface ArticleImageRow {
  position: number;
  imageId: string | null;
  remoteUrl: string | null;
  alt: string;
  title: string;
  caption: string;
}

/** An article image as the reading pane needs it: with its size, and why a download failed. */
export interface ShownImageRow extends ArticleImageRow {
  width: number | null;
  height: number | null;
  failure: string | null;
}

// Every read of an article row also says where its body is, so showing a hit costs one query, not two.
export const ARTICLE_COLUMNS = `a.id, a.identity, a.title, a.source_id, s.name AS source, a.date, a.date_kind, a.author, a.url,
  f.path AS folder, a.file_name, a.format, a.encoding, a.body_blob, a.text_length, b.pack, b.offset, b.length, b.crc, a.lang`;
export const ARTICLE_FROM =
  'articles a JOIN sources s ON s.id = a.source_id JOIN blobs b ON b.id = a.body_blob JOIN folders f ON f.id = a.folder_id';

/** Digests are hex in the code and bytes in the database (half the size, and so is every index on them). */
export const toBytes = (hex: string): Uint8Array => Uint8Array.from(Buffer.from(hex, 'hex'));
export const toHex = (v: SqlValue | undefined): string => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : '');

/** A file's path from its folder and name (path.join would normalise again, per row of every page). */
export function filePath(folder: string, name: string): string {
  return folder.endsWith(sep) ? `${folder}${name}` : `${folder}${sep}${name}`;
}

/** Where a row's body is, from its blob columns. */
const blobAt = (
  pack: SqlValue | undefined,
  offset: SqlValue | undefined,
  length: SqlValue | undefined,
  crc: SqlValue | undefined,
): BlobLocation => ({
  pack: num(pack),
  offset: num(offset),
  length: num(length),
  crc: crc === null || crc === undefined ? null : num(crc),
});

/**
 * Only the columns a search hit shows: a page reads fifty rows through sql.js, and the other
 * columns (the identity digest, author, format…) made its read about twice as long.
 */
export const HIT_COLUMNS =
  'a.id, a.title, a.source_id, a.date, a.date_kind, a.url, f.path AS folder, a.file_name, b.pack, b.offset, b.length, b.crc, a.lang';
export const HIT_FROM = 'articles a JOIN blobs b ON b.id = a.body_blob JOIN folders f ON f.id = a.folder_id';

/** A hit row from the columns of HIT_COLUMNS, in order. */
export function toHitRow(r: SqlValue[]): HitRow {
  const [id, title, sourceId, date, dateKind, url, folder, fileName, pack, offset, length, crc, lang] = r;
  return {
    id: num(id),
    title: str(title),
    sourceId: num(sourceId),
    date: num(date),
    dateKind: str(dateKind) as DateKind,
    url: strOrNull(url),
    path: filePath(str(folder), str(fileName)),
    body: blobAt(pack, offset, length, crc),
    lang: strOrNull(lang),
  };
}

/** An article row from the columns of ARTICLE_COLUMNS, in order (arrays: building objects per row costs). */
export function toArticle(r: SqlValue[]): ArticleRow {
  const [id, identity, title, sourceId, source, date, dateKind, author, url, folder, fileName, format, encoding] = r;
  const [bodyBlob, textLength, pack, offset, length, crc, lang] = r.slice(13);
  return {
    id: num(id),
    identity: toHex(identity),
    title: str(title),
    sourceId: num(sourceId),
    source: str(source),
    date: num(date),
    dateKind: str(dateKind) as DateKind,
    author: strOrNull(author),
    url: strOrNull(url),
    path: filePath(str(folder), str(fileName)),
    format: str(format) as ArticleFormat,
    encoding: str(encoding),
    bodyBlob: num(bodyBlob),
    body: blobAt(pack, offset, length, crc),
    textLength: num(textLength),
    lang: strOrNull(lang),
  };
}
