// The handler table's folder channels: the page deals in tokens, the service and shell in paths.
import { describe, expect, it } from 'vitest';
import { FolderGrants } from '../../../src/main/folder-grants';
import { createHandlers } from '../../../src/main/handlers';
import type { ServiceApi, ShellApi } from '../../../src/main/handlers';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

function table(chosen: string[]) {
  const imports: string[][] = [];
  const moves: string[] = [];
  const service = {
    startImport: async ({ paths }: { paths: string[] }) => (imports.push(paths), { jobId: 'job-1' }),
  } as unknown as ServiceApi;
  const shell = {
    pickFolders: async () => chosen,
    moveLibrary: async ({ path }: { path: string }) => (moves.push(path), { libraryDir: path }),
  } as unknown as ShellApi;
  const grants = new FolderGrants();
  return { handlers: createHandlers(service, shell, grants), grants, imports, moves };
}

describe('folders cross the boundary as tokens', () => {
  it('a folder chosen in the dialog comes back with a token, and startImport with that token imports its path', async () => {
    const folder = tempDir();
    const { handlers, imports } = table([folder]);
    const picked = await handlers.pickFolders({ purpose: 'import' });
    expect(picked).toEqual({ ok: true, value: { folders: [{ token: expect.stringMatching(/^[0-9a-f]{32}$/), path: folder }] } });
    const token = picked.ok ? picked.value.folders[0]!.token : '';
    expect(await handlers.startImport({ folders: [token] })).toEqual({ ok: true, value: { jobId: 'job-1' } });
    expect(imports).toEqual([[folder]]);
  });

  it('refuses paths, made-up tokens and empty lists, importing nothing', async () => {
    const folder = tempDir();
    const { handlers, imports } = table([folder]);
    for (const request of [{ paths: [folder] }, { folders: [folder] }, { folders: ['f'.repeat(32)] }, { folders: [] }]) {
      expect(await handlers.startImport(request), JSON.stringify(request)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(imports).toEqual([]);
  });

  it('a dropped folder’s token works for startImport too', async () => {
    const folder = tempDir();
    const { handlers, grants, imports } = table([]);
    const dropped = grants.grantDropped([folder]);
    const token = dropped.ok ? dropped.value.folders[0]!.token : '';
    expect((await handlers.startImport({ folders: [token] })).ok).toBe(true);
    expect(imports).toEqual([[folder]]);
  });

  it('moveLibrary takes a token for the target folder', async () => {
    const folder = tempDir();
    const { handlers, moves } = table([folder]);
    const picked = await handlers.pickFolders({ purpose: 'move-library' });
    const token = picked.ok ? picked.value.folders[0]!.token : '';
    expect(await handlers.moveLibrary({ folder: token })).toEqual({ ok: true, value: { libraryDir: folder } });
    expect(await handlers.moveLibrary({ folder: '/tmp' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(moves).toEqual([folder]);
  });
});
