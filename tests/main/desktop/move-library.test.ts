import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LibraryMoveProgress } from '../../../src/shared/desktop';
import { copyAndVerify } from '../../../src/main/desktop/move-library';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('copying a library folder', () => {
  it('copies every file byte for byte (not the lock), reporting bytes copied and verified', async () => {
    const from = tempDir();
    mkdirSync(join(from, 'images', 'ab'), { recursive: true });
    writeFileSync(join(from, 'library.db'), Buffer.alloc(5000, 1));
    writeFileSync(join(from, 'images', 'ab', 'abcdef.png'), Buffer.alloc(300, 2));
    writeFileSync(join(from, 'folio.lock'), '1234');
    const to = join(tempDir(), 'Folio Library');
    const progress: LibraryMoveProgress[] = [];
    await copyAndVerify(from, to, (p) => progress.push(p));
    expect(readFileSync(join(to, 'library.db'))).toEqual(Buffer.alloc(5000, 1));
    expect(readFileSync(join(to, 'images', 'ab', 'abcdef.png'))).toEqual(Buffer.alloc(300, 2));
    expect(existsSync(join(to, 'folio.lock'))).toBe(false);
    expect(progress.at(0)).toEqual({ phase: 'copying', doneBytes: 0, totalBytes: 5300 });
    expect(progress.at(-1)).toEqual({ phase: 'verifying', doneBytes: 5300, totalBytes: 5300 });
  });
});
