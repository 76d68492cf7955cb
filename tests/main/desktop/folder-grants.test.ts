import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderGrants } from '../../../src/main/folder-grants';
import { FolioError } from '../../../src/main/folio-error';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('folder tokens', () => {
  it('grants an opaque token per existing folder, and nothing for files, missing paths or blanks', () => {
    const root = tempDir();
    mkdirSync(join(root, 'archive'));
    writeFileSync(join(root, 'file.txt'), 'x');
    const grants = new FolderGrants();
    const granted = grants.grant([join(root, 'archive'), join(root, 'file.txt'), join(root, 'missing'), '']);
    expect(granted).toEqual([{ token: expect.stringMatching(/^[0-9a-f]{32}$/), path: join(root, 'archive') }]);
    expect(grants.folders([granted[0]!.token])).toEqual([join(root, 'archive')]);
  });

  it('gives the same folder a new token each time, and refuses tokens it never handed out', () => {
    const root = tempDir();
    const grants = new FolderGrants();
    const [first] = grants.grant([root]);
    const [second] = grants.grant([root]);
    expect(first!.token).not.toBe(second!.token);
    expect(() => new FolderGrants().folders([first!.token])).toThrow(FolioError);
    expect(() => grants.folders(['0'.repeat(32)])).toThrow(/not chosen in this session/);
  });

  it('answers a drop with tokens for its folders, and refuses what is not a list of paths', () => {
    const root = tempDir();
    const grants = new FolderGrants();
    const answer = grants.grantDropped([root, '', '/no/such/folder']);
    expect(answer).toEqual({ ok: true, value: { folders: [{ token: expect.any(String), path: root }] } });
    for (const raw of [null, 'path', [1, 2], { paths: [root] }]) {
      expect(grants.grantDropped(raw), JSON.stringify(raw)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
  });
});
