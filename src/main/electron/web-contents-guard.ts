// Navigation guards for every web contents the app ever has: the window, and anything
// else that might come to exist (a devtools page, or a webview or popup an exploit
// tried to open). The page never navigates: links go to the system browser through
// openExternal after a click, so every navigation, frame navigation, popup and webview is refused.
import type { App, WebContents } from 'electron';

export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  // Also fires for subframes, which will-navigate does not see.
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Registered before the first window, so no web contents is ever created unguarded. */
export function guardAllWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
