import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A feed-capture file (the archive format the project started from). */
export function feedCapture(title: string, url: string | null, body: string, epochMs = 1_700_000_000_000): string {
  const link = url ? `[${title}](${url})` : `[${title}]()`;
  return `<!--${epochMs}-->\n${link}\n------\n\n<div>${body}</div>\n`;
}

export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}
