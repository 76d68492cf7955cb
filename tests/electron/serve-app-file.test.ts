import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/main/electron/content-security-policy';
import { appFilePath, serveAppFile } from '../../src/main/electron/serve-app-file';

let renderer: string;

beforeAll(() => {
  const root = mkdtempSync(join(tmpdir(), 'folio-app-scheme-'));
  renderer = join(root, 'out', 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Folio</title>');
  writeFileSync(join(renderer, 'assets', 'index-3f2a.js'), 'console.log(1)');
  writeFileSync(join(renderer, 'assets', '字体 font.woff2'), 'font');
  writeFileSync(join(root, 'out', 'secret.js'), 'outside');
  writeFileSync(join(renderer, 'notes.exe'), 'MZ');
  symlinkSync(join(root, 'out', 'secret.js'), join(renderer, 'assets', 'link.js'));
});

describe('app:// serves the built renderer', () => {
  it('sends a file with its type, no sniffing, and the Content-Security-Policy header', async () => {
    const page = await serveAppFile('app://folio/index.html', renderer);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Folio</title>');
    const script = await serveAppFile('app://folio/assets/index-3f2a.js?v=2#x', renderer);
    expect([script.status, script.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect((await serveAppFile('app://folio/assets/%E5%AD%97%E4%BD%93%20font.woff2', renderer)).status).toBe(200);
  });

  it('answers 404 for anything outside the renderer folder, other hosts, unknown types and malformed URLs', async () => {
    for (const url of [
      'app://folio/../secret.js',
      'app://folio/%2e%2e/secret.js',
      'app://folio/assets/..%2F..%2Fsecret.js',
      'app://folio/assets/link.js',
      'app://folio/..%5Csecret.js',
      'app://folio/index.html%00.js',
      'app://folio/notes.exe',
      'app://folio/missing.js',
      'app://folio/',
      'app://other/index.html',
      'app://user@folio/index.html',
      'app://folio/%E0%A4%A',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect((await serveAppFile(url, renderer)).status, url).toBe(404);
    }
  });

  it('names a path only for app://folio URLs', () => {
    expect(appFilePath('app://folio/assets/a.js')).toBe('/assets/a.js');
    expect(appFilePath('app://folio/a%2Fb.js')).toBe('/a/b.js');
    expect(appFilePath('app://folio:8080/a.js')).toBeNull();
    expect(appFilePath('https://folio/a.js')).toBeNull();
  });
});
