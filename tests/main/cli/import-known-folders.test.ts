// `folio import --library DIR` with no folder brings every folder the library was
// imported from up to date; with none known, it says what to do.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedCapture, writeFiles } from '../../helpers/article-files';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const CLI = resolve('out/cli/folio.js');

function folio(...args: string[]): { code: number | null; out: string; err: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('folio import with no folder', () => {
  it('re-imports every known folder, picking up what was added since', () => {
    const library = tempDir();
    const one = tempDir();
    const two = tempDir();
    writeFiles(one, { 'a.txt': feedCapture('A', 'https://e.org/a', '<p>甲。</p>') });
    writeFiles(two, { 'b.txt': feedCapture('B', 'https://e.org/b', '<p>乙。</p>') });
    expect(folio('import', one, two, '--library', library, '--json').code).toBe(0);
    writeFiles(two, { 'c.txt': feedCapture('C', 'https://e.org/c', '<p>丙。</p>') });

    const run = folio('import', '--library', library, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ imported: 1, unchanged: 2, articles: 3, firstImport: false });
  });

  it('says so when the library knows no folder', () => {
    const run = folio('import', '--library', join(tempDir(), 'lib'));
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/knows no folder to import again/);
  });
});
