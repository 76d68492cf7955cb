// Shared by the import tests: the checked-in fixture folder, temp folders, and
// parsing a file the way the import worker does (bytes + paths + mtime).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticleFile } from '../../../src/main/import/parse/parse-file';
import type { ParsedArticle, ParseOutcome } from '../../../src/main/import/parse/parsed-article';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');

export function fixture(relative: string): string {
  return path.join(FIXTURES, relative);
}

export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'folio-import-'));
}

/** Writes files (relative path → content) under dir, creating folders. */
export function writeTree(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(dir, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
}

export function parseFile(file: string, root = path.dirname(file)): ParseOutcome {
  return parseArticleFile({ bytes: fs.readFileSync(file), path: file, root, sitePlace: null });
}

/** Parses a file that must be an article, with a readable failure message when it is not. */
export function parseArticle(file: string, root?: string): ParsedArticle {
  const outcome = parseFile(file, root);
  if (outcome.kind !== 'article') throw new Error(`${file}: expected an article, got ${JSON.stringify(outcome)}`);
  return outcome.article;
}
