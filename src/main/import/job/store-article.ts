// Stores one prepared article: decides whether it is new, an update of the
// article its file produced before, a duplicate of another, or unchanged; writes
// its body blob, images and rows; hands its tokens to the index. One article is
// one library.write(), so a failure leaves no half article.
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { imageRelativePath } from '../../images/image-file';
import type { Library } from '../../library/library';
import type { FileRow, NewArticle } from '../../library/records';
import type { ImportWorkers } from './import-work';
import { IMPORT_RULES } from '../parse/import-rules';
import type { JobReport } from './job-report';
import type { PreparedArticle } from '../prepared-file';

export type StoreOutcome = 'imported' | 'updated' | 'unchanged' | 'duplicate';

export interface FileFacts {
  path: string;
  size: number;
  mtimeMs: number;
  known: FileRow | null;
}

/**
 * Copies a local image into the library under its content's name. The copy is written beside that
 * name and renamed over it once whole and flushed: the name says "this content", so a copy cut short
 * (a full disk, a crash) must never stand under it — a later import would take it for the image.
 */
function copyImage(library: Library, from: string, id: string): void {
  const to = join(library.paths.images, imageRelativePath(id));
  if (existsSync(to)) return;
  mkdirSync(dirname(to), { recursive: true });
  const temp = `${to}.tmp`;
  try {
    copyFileSync(from, temp);
    const fd = openSync(temp, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, to);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function storeImages(library: Library, articleId: number, prepared: PreparedArticle, file: string, report: JobReport): void {
  for (const image of prepared.images) {
    if (image.local) {
      if (!library.db.hasImage(image.local.id)) {
        copyImage(library, image.local.path, image.local.id);
        library.db.putImage(image.local.id, image.local.mime, image.local.bytes, image.local.width, image.local.height);
        report.images.copied++;
      }
    } else if (image.remoteUrl) {
      report.images.remote++;
    } else if (image.problem) {
      report.images.missing.push({ path: file, reason: image.problem });
    }
  }
  library.db.setArticleImages(
    articleId,
    prepared.images.map((i) => ({
      position: i.position,
      imageId: i.local?.id ?? null,
      remoteUrl: i.remoteUrl,
      alt: i.alt,
      title: i.title,
      caption: i.caption,
    })),
  );
}

/** The body's blob id: stored once per content, however many articles share it. */
function storeBody(library: Library, prepared: PreparedArticle): number {
  return library.db.blobId(prepared.body.hash) ?? library.db.putBlob(prepared.body.hash, library.packs.append(prepared.body.bytes));
}

function rowOf(library: Library, prepared: PreparedArticle, path: string, bodyBlob: number): NewArticle {
  return {
    identity: prepared.identity,
    title: prepared.title,
    sourceId: library.db.sourceId(prepared.source),
    date: prepared.date,
    dateKind: prepared.dateKind,
    author: prepared.author,
    url: prepared.url,
    path,
    format: prepared.format,
    encoding: prepared.encoding,
    bodyBlob,
    textLength: prepared.text.length,
    lang: prepared.lang,
  };
}

/** True when re-reading the file changed nothing the reader could see. */
function sameArticle(current: NewArticle, next: NewArticle): boolean {
  return (
    current.bodyBlob === next.bodyBlob &&
    current.title === next.title &&
    current.sourceId === next.sourceId &&
    current.date === next.date &&
    current.dateKind === next.dateKind &&
    current.author === next.author &&
    current.url === next.url
  );
}

export function storeArticle(
  library: Library,
  workers: ImportWorkers,
  file: FileFacts,
  prepared: PreparedArticle,
  report: JobReport,
  now: number,
): StoreOutcome {
  return library.write(() => {
    const db = library.db;
    const same = db.articleByIdentity(prepared.identity);
    const previous = file.known?.outcome === 'article' ? file.known.articleId : null;
    const record = (outcome: FileRow['outcome'], articleId: number): void =>
      db.putFile({
        path: file.path,
        size: file.size,
        mtime: file.mtimeMs,
        hash: prepared.fileHash,
        outcome,
        reason: null,
        articleId,
        rules: IMPORT_RULES,
      });

    if (same && same.id !== previous) {
      record('duplicate', same.id);
      report.duplicate(file.path, same.path, same.title, prepared.identityBy === 'url' ? 'same URL' : 'same text');
      return 'duplicate';
    }
    const row = rowOf(library, prepared, file.path, storeBody(library, prepared));
    const current = previous === null ? null : db.article(previous);
    if (previous !== null && current) {
      record('article', previous);
      if (sameArticle(current, row)) return 'unchanged';
      db.updateArticle(previous, row, now);
      storeImages(library, previous, prepared, file.path, report);
      library.index.kill(previous);
      workers.indexAdd(previous, { title: prepared.title, text: prepared.text });
      return 'updated';
    }
    const id = db.insertArticle(row, now);
    record('article', id);
    storeImages(library, id, prepared, file.path, report);
    workers.indexAdd(id, { title: prepared.title, text: prepared.text });
    return 'imported';
  });
}
