// Stored settings are read through the same schemas that check a request, so a
// damaged or unknown value falls back to its default instead of reaching the UI.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, writeSettings } from '../../../src/main/library/settings';
import { openService } from '../../helpers/open-service';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('settings in state.db', () => {
  it('reads back what was written', async () => {
    const service = await openService(tempDir());
    const { state } = service.library;
    writeSettings(state, { theme: 'dark', language: 'zh', fontSize: 24 });
    expect(readSettings(state)).toEqual({ theme: 'dark', language: 'zh', fontSize: 24 });
    await service.close();
  });

  it.each([
    ['theme', 'purple'],
    ['language', 'fr'],
    ['fontSize', '11'],
    ['fontSize', '33'],
    ['fontSize', '18.5'],
    ['fontSize', 'big'],
  ] as const)('falls back to the default for %s = %s', async (key, value) => {
    const service = await openService(tempDir());
    const { state } = service.library;
    writeSettings(state, { theme: 'light', language: 'en', fontSize: 20 });
    state.putSetting(key, value);
    expect(readSettings(state)[key]).toBe(DEFAULT_SETTINGS[key]);
    await service.close();
  });
});
