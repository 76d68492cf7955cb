import { describe, expect, it } from 'vitest';
import { appPageUrl, isAllowedRequest, isAppPageUrl } from '../../src/main/electron/app-page';
import type { AppPage } from '../../src/main/electron/app-page';

const built: AppPage = { rendererDir: '/opt/Folio 应用/resources/app.asar/out/renderer', devUrl: null };
const dev: AppPage = { rendererDir: built.rendererDir, devUrl: 'http://localhost:5173/' };
const PAGE = 'app://folio/index.html';

/** URLs that break naive parsing: encoded slashes in file URLs (fileURLToPath throws on them), bad escapes, garbage. */
const MALFORMED = [
  'file:///opt/Folio/out/renderer/index.html%2F..%2F..%2Fetc%2Fpasswd',
  'file:///tmp/a%2Fb.js',
  'file://%2F/x',
  'app://folio/%E0%A4%A',
  'app://folio/%',
  'app://[::1/',
  'not a url',
  '',
  '\u0000',
  'http://',
];

describe('the page the window loads', () => {
  it('is app://folio/index.html, or the dev server in development', () => {
    expect(appPageUrl(built)).toBe(PAGE);
    expect(appPageUrl(dev)).toBe('http://localhost:5173/');
  });
});

describe('IPC sender check (isAppPageUrl)', () => {
  it('trusts the app page, also with a route in the hash or query', () => {
    expect(isAppPageUrl(PAGE, built)).toBe(true);
    expect(isAppPageUrl(`${PAGE}#/article/12`, built)).toBe(true);
    expect(isAppPageUrl(`${PAGE}?view=unread`, built)).toBe(true);
  });

  it('refuses other app files, other hosts, file:// pages, remote origins and missing frames', () => {
    for (const url of [
      'app://folio/other.html',
      'app://folio/assets/index.js',
      'app://evil/index.html',
      'app://user@folio/index.html',
      'app://folio:8080/index.html',
      'file:///opt/Folio%20%E5%BA%94%E7%94%A8/resources/app.asar/out/renderer/index.html',
      'https://evil.example/index.html',
      'folio-image://image/index.html',
      'about:blank',
      null,
      undefined,
    ]) {
      expect(isAppPageUrl(url, built), String(url)).toBe(false);
    }
  });

  it('answers false, never throws, for malformed URLs', () => {
    for (const url of MALFORMED) expect(() => isAppPageUrl(url, built), url).not.toThrow();
    for (const url of MALFORMED) expect(isAppPageUrl(url, built), url).toBe(false);
  });

  it('in development trusts the dev server page only', () => {
    expect(isAppPageUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppPageUrl('http://localhost:5173/#/search', dev)).toBe(true);
    expect(isAppPageUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppPageUrl(PAGE, dev)).toBe(false);
  });
});

describe('web request filter (isAllowedRequest)', () => {
  it('lets the page load its own files, its images and data: URLs', () => {
    expect(isAllowedRequest(PAGE, built)).toBe(true);
    expect(isAllowedRequest('app://folio/assets/index-3f2a.js', built)).toBe(true);
    expect(isAllowedRequest('folio-image://image/0123456789abcdef', built)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,iVBORw0KGgo=', built)).toBe(true);
  });

  it('blocks the network, every local file and look-alike app origins', () => {
    for (const url of [
      'https://s.rfi.fr/media/photo.jpg',
      'http://127.0.0.1:8080/',
      'ws://localhost:5173/',
      'file:///etc/passwd',
      'file:///opt/Folio%20%E5%BA%94%E7%94%A8/resources/app.asar/out/renderer/index.html',
      'file://evil.example/share/x.js',
      'app://evil/index.html',
      'app://folio:1/index.html',
      'javascript:alert(1)',
    ]) {
      expect(isAllowedRequest(url, built), url).toBe(false);
    }
  });

  it('answers (blocks), never throws, for malformed URLs', () => {
    for (const url of MALFORMED.filter((u) => !u.startsWith('app://folio/'))) {
      expect(() => isAllowedRequest(url, built), url).not.toThrow();
      expect(isAllowedRequest(url, built), url).toBe(false);
    }
  });

  it('in development allows the dev server and its hot-reload socket, nothing else remote', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:9999/', dev)).toBe(false);
    expect(isAllowedRequest('https://example.org/', dev)).toBe(false);
  });
});
