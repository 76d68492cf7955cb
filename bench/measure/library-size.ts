// What the library takes on disk, per part (library.db, state.db, packs, index,
// images…), found by walking the folder rather than asking the library itself.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface LibrarySize {
  bytes: number;
  /** Bytes per top-level entry of the library folder. */
  parts: Record<string, number>;
}

export function folderBytes(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((sum, name) => sum + folderBytes(join(path, name)), 0);
}

export function librarySize(dir: string): LibrarySize {
  const parts: Record<string, number> = {};
  for (const name of readdirSync(dir).sort()) parts[name] = folderBytes(join(dir, name));
  return { bytes: Object.values(parts).reduce((a, b) => a + b, 0), parts };
}
