// Builds the app and runs the BUILT out/main/index.js in plain Node, with the
// `electron` specifier routed to the recording stand-in (stand-in/electron.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const builtMain = join(projectRoot, 'out/main/index.js');

export interface LogEntry {
  what: string;
  detail: unknown;
}

export interface WiredRun {
  /** Everything the app did to the stand-in, in order. */
  log: LogEntry[];
  /** The stand-in's app.getPath() root (userData is a folder inside it). */
  home: string;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

export interface WiredOptions {
  /** The main file to run (default: the development build). */
  main?: string;
  /** Arguments after the executable, as a user would type them (a CLI command, folders). */
  args?: string[];
  /** The folder the stand-in's folder dialog "chooses" (and the second-launch probe passes). */
  pick?: string;
  /** Plays a packaged app whose resources folder is this one. */
  resources?: string;
  /** The user-data root to use (default: a fresh temp folder). */
  home?: string;
  cwd?: string;
}

export function runWiredApp(options: WiredOptions = {}): WiredRun {
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'folio-wiring-'));
  const logFile = join(home, `wiring-log-${Date.now()}.json`);
  // Production mode: the dev server variable would make the app load a URL instead of the built page.
  const { ELECTRON_RENDERER_URL: _devServer, ...env } = process.env;
  const register = new URL('./stand-in/register.mjs', import.meta.url).href;
  const run = spawnSync(process.execPath, ['--import', register, options.main ?? builtMain, ...(options.args ?? [])], {
    cwd: options.cwd ?? projectRoot,
    env: {
      ...env,
      FOLIO_WIRING_LOG: logFile,
      FOLIO_WIRING_HOME: home,
      ...(options.pick ? { FOLIO_WIRING_PICK: options.pick } : {}),
      ...(options.resources ? { FOLIO_WIRING_RESOURCES: options.resources } : {}),
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (!existsSync(logFile)) {
    throw new Error(`the app wrote no wiring log (exit ${run.status}, signal ${run.signal}):\n${run.stdout}\n${run.stderr}`);
  }
  const log = JSON.parse(readFileSync(logFile, 'utf8')) as LogEntry[];
  return { log, home, exitCode: run.status, stdout: run.stdout, stderr: run.stderr };
}
