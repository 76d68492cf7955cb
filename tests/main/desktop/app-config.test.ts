import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppConfigFile } from '../../../src/main/desktop/app-config';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const window = { bounds: { x: 10, y: 20, width: 900, height: 600 }, maximized: false };

describe('the app’s own settings file', () => {
  it('starts empty, and keeps what is saved across a restart', () => {
    const file = join(tempDir(), 'sub', 'folio-config.json');
    const config = new AppConfigFile(file);
    expect(config.get()).toEqual({});
    config.update({ libraryDir: '/data/Folio Library' });
    config.update({ window });
    expect(new AppConfigFile(file).get()).toEqual({ libraryDir: '/data/Folio Library', window });
  });

  it('falls back to the previous copy when the file is damaged, and to defaults when both are', () => {
    const file = join(tempDir(), 'folio-config.json');
    const config = new AppConfigFile(file);
    config.update({ libraryDir: '/first' });
    config.update({ libraryDir: '/second' });
    writeFileSync(file, '{"libraryDir": "/sec');
    expect(new AppConfigFile(file).get()).toEqual({ libraryDir: '/first' });
    writeFileSync(`${file}.prev`, 'garbage');
    expect(new AppConfigFile(file).get()).toEqual({});
  });

  it('ignores a file of the wrong shape instead of trusting it', () => {
    const file = join(tempDir(), 'folio-config.json');
    writeFileSync(file, JSON.stringify({ libraryDir: 42, window: { bounds: 'left' } }));
    expect(new AppConfigFile(file).get()).toEqual({});
    expect(existsSync(file) && readFileSync(file, 'utf8')).toContain('42');
  });
});
