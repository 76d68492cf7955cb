import { describe, expect, it } from 'vitest';
import { isAllowedRequest, isAppPageUrl } from '../../src/main/electron/app-page';
import type { AppPage } from '../../src/main/electron/app-page';

// An install path with a space and Chinese characters, as Chromium reports it (percent-encoded).
const built: AppPage = { htmlFile: '/opt/Folio 应用/out/renderer/index.html', devUrl: null };
const builtUrl = 'file:///opt/Folio%20%E5%BA%94%E7%94%A8/out/renderer/index.html';
const dev: AppPage = { htmlFile: built.htmlFile, devUrl: 'http://localhost:5173/' };

describe('IPC sender check (isAppPageUrl)', () => {
  it('trusts the built page, also with a route in the hash or query', () => {
    expect(isAppPageUrl(builtUrl, built)).toBe(true);
    expect(isAppPageUrl(`${builtUrl}#/article/12`, built)).toBe(true);
    expect(isAppPageUrl(`${builtUrl}?view=unread`, built)).toBe(true);
  });

  it('refuses other pages, other files, remote origins and missing frames', () => {
    expect(isAppPageUrl(builtUrl.replace('index.html', 'other.html'), built)).toBe(false);
    expect(isAppPageUrl('file:///tmp/evil/index.html', built)).toBe(false);
    expect(isAppPageUrl('file://evil.example/opt/Folio%20%E5%BA%94%E7%94%A8/out/renderer/index.html', built)).toBe(false);
    expect(isAppPageUrl('https://evil.example/index.html', built)).toBe(false);
    expect(isAppPageUrl('about:blank', built)).toBe(false);
    expect(isAppPageUrl('not a url', built)).toBe(false);
    expect(isAppPageUrl(null, built)).toBe(false);
    expect(isAppPageUrl(undefined, built)).toBe(false);
  });

  it('in development trusts the dev server page only', () => {
    expect(isAppPageUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppPageUrl('http://localhost:5173/#/search', dev)).toBe(true);
    expect(isAppPageUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppPageUrl(builtUrl, dev)).toBe(false);
  });
});

describe('web request filter (isAllowedRequest)', () => {
  it('lets the page load its own built files, its images and data: URLs', () => {
    expect(isAllowedRequest(builtUrl, built)).toBe(true);
    expect(isAllowedRequest(builtUrl.replace('index.html', 'assets/index-3f2a.js'), built)).toBe(true);
    expect(isAllowedRequest('folio-image://image/0123456789abcdef', built)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,iVBORw0KGgo=', built)).toBe(true);
  });

  it('blocks the network and every file outside the built renderer folder', () => {
    expect(isAllowedRequest('https://s.rfi.fr/media/photo.jpg', built)).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:8080/', built)).toBe(false);
    expect(isAllowedRequest('ws://localhost:5173/', built)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', built)).toBe(false);
    expect(isAllowedRequest('file:///opt/Folio%20%E5%BA%94%E7%94%A8/out/renderer/../main/index.js', built)).toBe(false);
    expect(isAllowedRequest('file:///opt/Folio%20%E5%BA%94%E7%94%A8/out/renderer-evil/x.js', built)).toBe(false);
    expect(isAllowedRequest('file://evil.example/share/x.js', built)).toBe(false);
    expect(isAllowedRequest('javascript:alert(1)', built)).toBe(false);
  });

  it('in development allows the dev server and its hot-reload socket, nothing else remote', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:9999/', dev)).toBe(false);
    expect(isAllowedRequest('https://example.org/', dev)).toBe(false);
  });
});
