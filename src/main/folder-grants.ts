// Folders the page may import: those the user chose in the folder dialog or dropped on the
// window since the app started. The page gets an opaque token per folder and sends tokens
// back, so a page that was tricked into calling startImport cannot name ~/.ssh. Imports the
// main process starts itself (a folder given on the command line, a re-import) need no token.
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { ChosenFolder } from '../shared/desktop';
import type { Envelope } from '../shared/errors';
import { LIMITS } from '../shared/limits';
import { FolioError } from './folio-error';

/** What the shell reports for a drop: one path per dropped item ('' for an item that has none). */
const droppedPaths = z.array(z.string().max(LIMITS.pathLength)).max(LIMITS.pathsPerImport);

/** True for an existing folder (following links); false for anything else, missing or unreadable. */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export class FolderGrants {
  private readonly byToken = new Map<string, string>();

  /** Tokens for the given folders; anything that is not an existing folder gets none. */
  grant(paths: readonly string[]): ChosenFolder[] {
    return paths
      .filter((path) => path !== '' && isFolder(path))
      .map((path) => {
        const token = randomBytes(16).toString('hex');
        const folder = resolve(path);
        this.byToken.set(token, folder);
        return { token, path: folder };
      });
  }

  /** Answers a drop (the preload's drop channel, the e2e bridge): tokens for the dropped items that are folders. */
  grantDropped(raw: unknown): Envelope<{ folders: ChosenFolder[] }> {
    const parsed = droppedPaths.safeParse(raw);
    if (!parsed.success) return { ok: false, error: { code: 'invalid-request', message: 'dropFolders: not a list of dropped items' } };
    return { ok: true, value: { folders: this.grant(parsed.data) } };
  }

  /** The folders behind tokens this process handed out; any other token is refused. */
  folders(tokens: readonly string[]): string[] {
    return tokens.map((token) => {
      const folder = this.byToken.get(token);
      if (folder === undefined) {
        throw new FolioError(
          'invalid-request',
          'That folder was not chosen in this session: choose it with Import Folder… or drop it on the window.',
        );
      }
      return folder;
    });
  }
}
