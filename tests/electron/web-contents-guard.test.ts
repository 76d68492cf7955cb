import { EventEmitter } from 'node:events';
import type { App, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { guardAllWebContents, guardWebContents } from '../../src/main/electron/web-contents-guard';

class Contents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
    this.windowOpenHandler = handler;
  }
}

function attempt(contents: Contents, event: string, ...args: unknown[]): boolean {
  let prevented = false;
  contents.emit(event, { preventDefault: () => (prevented = true) }, ...args);
  return prevented;
}

describe('every web contents is guarded', () => {
  it('refuses navigation, frame navigation, webviews and new windows', () => {
    const contents = new Contents();
    guardWebContents(contents as unknown as WebContents);
    expect(attempt(contents, 'will-navigate', 'https://example.org/')).toBe(true);
    expect(attempt(contents, 'will-frame-navigate')).toBe(true);
    expect(attempt(contents, 'will-attach-webview', {}, {})).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  it('guards web contents created later, through web-contents-created', () => {
    const app = new EventEmitter();
    guardAllWebContents(app as unknown as App);
    const later = new Contents();
    app.emit('web-contents-created', {}, later);
    expect(attempt(later, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(later.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });
});
