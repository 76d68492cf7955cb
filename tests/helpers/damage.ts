// The ways a file is found damaged: gone, emptied, cut in half, or one byte changed.
import { existsSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DAMAGES = ['missing', 'empty', 'half-truncated', 'byte-flipped'] as const;
export type Damage = (typeof DAMAGES)[number];

export function damage(path: string, how: Damage): void {
  if (!existsSync(path)) throw new Error(`nothing to damage at ${path}`);
  switch (how) {
    case 'missing':
      rmSync(path);
      return;
    case 'empty':
      truncateSync(path, 0);
      return;
    case 'half-truncated':
      truncateSync(path, Math.floor(statSync(path).size / 2));
      return;
    case 'byte-flipped': {
      const bytes = readFileSync(path);
      const at = Math.floor(bytes.length / 2);
      bytes[at] = (bytes[at] as number) ^ 0xff;
      writeFileSync(path, bytes);
      return;
    }
  }
}

/** Every file under dir (relative path → size), to show that nothing was deleted or cut. */
export function filesUnder(dir: string): Map<string, number> {
  const found = new Map<string, number>();
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.set(relative(dir, path), statSync(path).size);
    }
  };
  walk(dir);
  return found;
}

/** Files of `before` that are gone or shorter in `after`. */
export function lostFiles(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...before].filter(([name, size]) => (after.get(name) ?? -1) < size).map(([name]) => name);
}
