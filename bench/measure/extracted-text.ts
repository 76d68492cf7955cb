// The plain text the importer extracted (title and body of every article): the
// size the disk target is measured against, whatever corpus was imported.
import type { LibraryService } from '../../src/main/service';
import { articleIds } from './article-ids';

export interface ExtractedText {
  articles: number;
  chars: number;
  /** UTF-8 bytes. */
  bytes: number;
}

const BATCH = 500;

export function extractedText(service: LibraryService): ExtractedText {
  const { library } = service;
  const ids = articleIds(service);
  let chars = 0;
  let bytes = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    for (const row of library.db.articles(ids.slice(i, i + BATCH))) {
      const text = `${row.title}\n${library.readText(row.body)}`;
      chars += text.length;
      bytes += Buffer.byteLength(text);
    }
  }
  return { articles: ids.length, chars, bytes };
}
