// Text printed to a terminal carries no control characters: an article's title,
// text or file name could otherwise hold escape sequences the terminal obeys
// (OSC 52 writes the clipboard, OSC 8 makes links, CSI moves the cursor and
// rewrites what was printed).

/** C0 controls except tab and newline, DEL, and the C1 controls (U+0080–U+009F, 8-bit CSI and OSC among them). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** What JSON.stringify leaves raw although a terminal may obey it. */
const UNESCAPED_BY_JSON = /[\u007f-\u009f]/g;

/** Text for a terminal: the control characters dropped, everything else as it is. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, '');
}

/**
 * JSON that keeps the data whole (scripts get titles and text as stored) and still
 * prints no control character: JSON.stringify escapes C0 but not DEL and C1, so
 * those are written as \u escapes too (they occur only inside strings, where an
 * escape means the same character).
 */
export function terminalJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNESCAPED_BY_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
