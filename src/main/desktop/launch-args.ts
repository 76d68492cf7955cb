// What the app was started with. `folio <command> …` runs the CLI inside the app (the deb
// puts the app on the PATH as `folio`); `folio <folder>…` opens the app and imports the
// folders, as does a second launch with folders, which hands them to the running app.
import { resolve } from 'node:path';
import { CLI_FIRST_WORDS } from '../cli/args';
import { isFolder } from '../folder-grants';

/**
 * The arguments after the executable. Run as `electron <app>` in development
 * (process.defaultApp), the app's path comes first and is skipped too.
 */
export function userArgs(argv: readonly string[], defaultApp: boolean): string[] {
  return argv.slice(defaultApp ? 2 : 1);
}

/** True when the first argument names a CLI command (or asks for its help): then the app runs it and exits, with no window. */
export function isCliCommand(args: readonly string[]): boolean {
  return CLI_FIRST_WORDS.includes(args[0] ?? '');
}

/**
 * The folders among the arguments, resolved against the launching shell's folder.
 * Switches (Chromium adds some of its own to a second instance's arguments) and anything
 * that is not an existing folder are ignored.
 */
export function foldersToOpen(args: readonly string[], cwd: string): string[] {
  return args
    .filter((arg) => !arg.startsWith('-'))
    .map((arg) => resolve(cwd, arg))
    .filter(isFolder);
}
