import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aboutInfo, readLicences } from '../../../src/main/desktop/about';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('the About box', () => {
  it('lists every library the build ships, each with its licence text (out/licences.json, made by the build)', () => {
    const licences = readLicences(resolve('out/licences.json'));
    const names = licences.map((entry) => entry.name);
    // The main process's dependencies, the renderer's bundled libraries and Electron itself.
    expect(names).toEqual(
      expect.arrayContaining(['sql.js', 'htmlparser2', 'zod', 'react', 'react-dom', 'dompurify', 'zustand', 'electron']),
    );
    // Build tools and test libraries are not shipped, so not listed.
    expect(names.filter((name) => ['vite', 'vitest', 'typescript', 'electron-builder', '@playwright/test'].includes(name))).toEqual([]);
    expect(licences.find((entry) => entry.name === 'sql.js')).toMatchObject({
      licence: 'MIT',
      text: expect.stringMatching(/permission is hereby granted/i),
    });
  });

  it('says so, with an empty list, when the build wrote none or it is damaged', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'licences.json'), '[{"name": 1}]');
    expect(readLicences(join(dir, 'licences.json'))).toEqual([]);
    expect(aboutInfo('1.0.0', { node: '22.0.0' }, join(dir, 'missing.json'))).toEqual({
      name: 'Folio',
      version: '1.0.0',
      runtime: { node: '22.0.0' },
      licences: [],
    });
  });
});
