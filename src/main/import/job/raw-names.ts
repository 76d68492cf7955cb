// File names that are not valid UTF-8 (a GBK-named file from a Windows zip, say). Node
// reads names as UTF-8 and turns such bytes into U+FFFD, and a path built from that
// string names no file at all: the file would look as if it vanished. Those names are
// read again as bytes; the bytes open the file, and a spelling with each bad byte as
// %XX (unique, and stable from one import to the next) is what the library stores and shows.
import type { Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/** A path as the file system is asked about it: a string, or bytes where a name is not UTF-8. */
export type FsPath = string | Buffer;

const REPLACEMENT = '\uFFFD';
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function byName(a: Dirent, b: Dirent): number {
  if (a.name === b.name) return 0;
  return a.name < b.name ? -1 : 1;
}

/** Length of the valid UTF-8 sequence starting at bytes[i], or 0 when it is not one. */
function sequenceLength(bytes: Buffer, i: number): number {
  const lead = bytes[i] as number;
  const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  // The strict decoder also refuses over-long forms and surrogates.
  return isUtf8(bytes.subarray(i, i + length)) ? length : 0;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** `caf\xE9.txt` → `caf%E9.txt`: valid UTF-8 as it is, every other byte as %XX. */
export function spellName(raw: Buffer): string {
  let out = '';
  for (let i = 0; i < raw.length;) {
    const length = sequenceLength(raw, i);
    if (length === 0) {
      out += `%${(raw[i] as number).toString(16).toUpperCase().padStart(2, '0')}`;
      i++;
    } else {
      out += raw.subarray(i, i + length).toString('utf8');
      i += length;
    }
  }
  return out;
}

/** A folder's entries, sorted by name; raw holds the name's bytes when they are not valid UTF-8. */
export async function rawNames(folder: FsPath): Promise<{ dirent: Dirent; raw: Buffer | null }[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  const lossy = entries.some((e) => e.name.includes(REPLACEMENT));
  if (!lossy && typeof folder === 'string') return entries.sort(byName).map((dirent) => ({ dirent, raw: null }));
  // Only folders holding such a name (or inside one) pay for reading the names as bytes.
  const raw = await fs.readdir(folder, { withFileTypes: true, encoding: 'buffer' });
  return raw
    .map((entry) => {
      const bytes = entry.name;
      const valid = isUtf8(bytes);
      const dirent = entry as unknown as Dirent;
      Object.defineProperty(dirent, 'name', { value: valid ? bytes.toString('utf8') : spellName(bytes) });
      return { dirent, raw: valid && typeof folder === 'string' ? null : bytes };
    })
    .sort((a, b) => byName(a.dirent, b.dirent));
}

/** The child of a place: joined as text for display, and as bytes when either side is not UTF-8. */
export function childPath(parent: { path: string; io: FsPath }, name: string, raw: Buffer | null): { path: string; io: FsPath } {
  const shown = path.join(parent.path, name);
  if (raw === null && typeof parent.io === 'string') return { path: shown, io: shown };
  const parentBytes = typeof parent.io === 'string' ? Buffer.from(parent.io) : parent.io;
  return { path: shown, io: Buffer.concat([parentBytes, Buffer.from(path.sep), raw ?? Buffer.from(name)]) };
}
