import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldersToOpen, isCliCommand, userArgs } from '../../../src/main/desktop/launch-args';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('what Folio was started with', () => {
  it('skips the executable, and in development the app path too', () => {
    expect(userArgs(['/opt/Folio/folio', 'search', 'x'], false)).toEqual(['search', 'x']);
    expect(userArgs(['/usr/bin/electron', 'out/main/index.js', '/data/archive'], true)).toEqual(['/data/archive']);
  });

  it('runs the CLI when the first argument is a command, and the app otherwise', () => {
    expect(isCliCommand(['search', '习近平', '--library', '/lib'])).toBe(true);
    expect(isCliCommand(['import', '/data/archive', '--library', '/lib'])).toBe(true);
    for (const help of [['help'], ['help', 'list'], ['--help'], ['-h']]) expect(isCliCommand(help), help.join(' ')).toBe(true);
    expect(isCliCommand(['/data/archive'])).toBe(false);
    expect(isCliCommand(['--user-data-dir=/tmp/x'])).toBe(false);
    expect(isCliCommand([])).toBe(false);
  });

  it('opens the folders among the arguments, resolved against the launching folder; switches and files are ignored', () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'archive'));
    mkdirSync(join(cwd, '新闻 存档'));
    writeFileSync(join(cwd, 'note.txt'), 'x');
    const args = ['--allow-file-access-from-files', 'archive', join(cwd, '新闻 存档'), 'note.txt', 'missing', '--user-data-dir=/tmp'];
    expect(foldersToOpen(args, cwd)).toEqual([join(cwd, 'archive'), join(cwd, '新闻 存档')]);
  });
});
