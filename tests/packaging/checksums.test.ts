import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../electron/run-wired-app';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const write = (dir: string) => spawnSync(process.execPath, [join(projectRoot, 'scripts/write-checksums.mjs'), dir], { encoding: 'utf8' });

describe('SHA256SUMS beside the installers', () => {
  it('lists every installer, and only installers, in the format sha256sum -c checks', () => {
    const dist = tempDir();
    writeFileSync(join(dist, 'Folio-1.0.0-linux-x86_64.AppImage'), 'appimage');
    writeFileSync(join(dist, 'Folio-1.0.0-win-x64.exe'), 'exe');
    writeFileSync(join(dist, 'Folio-1.0.0-win-x64.exe.blockmap'), 'bookkeeping');
    writeFileSync(join(dist, 'builder-debug.yml'), 'bookkeeping');
    mkdirSync(join(dist, 'linux-unpacked.zip'));
    expect(write(dist).status).toBe(0);
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dist, encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout.trim().split('\n')).toEqual(['Folio-1.0.0-linux-x86_64.AppImage: OK', 'Folio-1.0.0-win-x64.exe: OK']);
    writeFileSync(join(dist, 'Folio-1.0.0-win-x64.exe'), 'tampered');
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dist }).status).not.toBe(0);
  });

  it('fails when there is nothing to sum, rather than writing an empty file', () => {
    expect(write(tempDir()).status).not.toBe(0);
  });
});
