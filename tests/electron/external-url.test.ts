import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../src/main/electron/external-url';

describe('links that may open outside the app', () => {
  it('allows web pages and mail addresses', () => {
    expect(isAllowedExternalUrl('https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/20230321')).toBe(true);
    expect(isAllowedExternalUrl('http://example.org/news?utm_source=rss')).toBe(true);
    expect(isAllowedExternalUrl('HTTPS://EXAMPLE.ORG/')).toBe(true);
    expect(isAllowedExternalUrl('mailto:editor@example.org')).toBe(true);
  });

  it('refuses scripts, local files, app schemes and garbage', () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'folio-image://image/0123456789abcdef',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      '//example.org/no-scheme',
      'example.org',
      '',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});
