// Stored settings are read through the same schemas that check a request, so a
// damaged or unknown value falls back to its default instead of reaching the UI.
import { describe, expect, it } from 'vitest';
import { readSettings, writeSettings } from '../../../src/main/library/settings';
import { DEFAULT_SETTINGS } from '../../../src/shared/default-settings';
import type { Settings } from '../../../src/shared/model';
import { openService } from '../../helpers/open-service';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('settings in state.db', () => {
  const chosen: Settings = {
    theme: 'dark',
    language: 'zh',
    fontSize: 24,
    lineHeight: 2.1,
    columnWidth: 30,
    readingFont: 'serif',
    justify: true,
    markReadOnScroll: true,
    watchFolders: false,
    downloadNewImages: true,
    imageProxy: 'socks5://127.0.0.1:1080',
    imageUserAgent: 'FolioTest/1.0',
    imageReferer: 'origin',
  };

  it('reads back what was written, and the defaults for what was not', async () => {
    const service = await openService(tempDir());
    const { state } = service.library;
    expect(readSettings(state)).toEqual(DEFAULT_SETTINGS);
    writeSettings(state, chosen);
    expect(readSettings(state)).toEqual(chosen);
    await service.close();
  });

  it.each([
    ['theme', 'purple'],
    ['language', 'fr'],
    ['fontSize', '11'],
    ['fontSize', '41'],
    ['fontSize', '18.5'],
    ['fontSize', 'big'],
    ['lineHeight', '9'],
    ['columnWidth', '30.5'],
    ['readingFont', 'comic'],
    ['justify', 'yes'],
    ['markReadOnScroll', '1'],
    ['watchFolders', 'yes'],
    ['downloadNewImages', '1'],
    ['imageProxy', 'ftp://mirror.example'],
    ['imageProxy', 'not a url'],
    ['imageUserAgent', '浏览器'],
    ['imageReferer', 'always'],
  ] as const)('falls back to the default for %s = %s', async (key, value) => {
    const service = await openService(tempDir());
    const { state } = service.library;
    writeSettings(state, chosen);
    state.putSetting(key, value);
    expect(readSettings(state)[key]).toBe(DEFAULT_SETTINGS[key]);
    await service.close();
  });

  it('keeps a text setting that looks like a number or a flag as text, and an emptied proxy empty, across a reopen', async () => {
    const dir = tempDir();
    let service = await openService(dir);
    await service.updateSettings({ imageProxy: 'http://127.0.0.1:3128', imageUserAgent: '123' });
    await service.updateSettings({ imageProxy: '' });
    await service.close();

    service = await openService(dir);
    expect(await service.getSettings()).toMatchObject({ imageProxy: '', imageUserAgent: '123' });
    await service.updateSettings({ imageUserAgent: 'true' });
    await service.close();

    service = await openService(dir);
    expect((await service.getSettings()).imageUserAgent).toBe('true');
    await service.close();
  });
});
