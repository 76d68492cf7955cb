import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect } from 'vitest';

const CLI = resolve('out/cli/folio.js');

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

/** Runs the built `folio` command with the environment given (FOLIO_LIBRARY unset unless env sets it), and says how it ended. */
export function folioWithEnv(env: Record<string, string>, ...args: string[]): CliRun {
  const { FOLIO_LIBRARY: _ignored, ...inherited } = process.env;
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...inherited, ...env } });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** Runs the built `folio` command and says how it ended. */
export function folio(...args: string[]): CliRun {
  return folioWithEnv({}, ...args);
}

/** The JSON a successful run printed (nothing on stderr, exit 0). */
export function json<T>(run: CliRun): T {
  expect(run.err, 'stderr').toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.out) as T;
}
