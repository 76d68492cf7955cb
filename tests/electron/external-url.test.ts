import { describe, expect, it } from 'vitest';
import { externalUrl } from '../../src/main/electron/external-url';

describe('links that may open outside the app', () => {
  it('hands the system the normalised URL, not the string the page sent', () => {
    expect(externalUrl('https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/20230321')).toBe('https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/20230321');
    expect(externalUrl('HTTPS://EXAMPLE.ORG')).toBe('https://example.org/');
    expect(externalUrl('http://example.org/news?utm_source=rss')).toBe('http://example.org/news?utm_source=rss');
    expect(externalUrl('https://example.org/a b/中文')).toBe('https://example.org/a%20b/%E4%B8%AD%E6%96%87');
    // Tabs and newlines inside a URL are dropped by parsing; what opens is what was checked.
    expect(externalUrl('https://exa\tmple.org/\npath')).toBe('https://example.org/path');
    expect(externalUrl('  https://example.org/  ')).toBe('https://example.org/');
    expect(externalUrl('mailto:editor@example.org')).toBe('mailto:editor@example.org');
  });

  it('refuses mail links with parameters (attach= asks some clients to attach a local file)', () => {
    for (const url of [
      'mailto:editor@example.org?attach=/home/me/.ssh/id_rsa',
      'mailto:editor@example.org?subject=hi',
      'mailto:?to=editor@example.org',
      'mailto:',
      'mailto:editor@example.org#x',
    ]) {
      expect(externalUrl(url), url).toBeNull();
    }
  });

  it('refuses scripts, local files, app schemes, credentials and garbage', () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://folio/index.html',
      'folio-image://image/0123456789abcdef',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'https://bank.example@evil.example/',
      'https://user:pass@example.org/',
      '//example.org/no-scheme',
      'example.org',
      'http://',
      '',
    ]) {
      expect(externalUrl(url), url).toBeNull();
    }
  });
});
