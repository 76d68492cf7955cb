import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect } from 'vitest';

const CLI = resolve('out/cli/folio.js');

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

/** Runs the built `folio` command (without FOLIO_LIBRARY, unless env gives it). */
export function folio(args: string[], env: Record<string, string> = {}): CliRun {
  const { FOLIO_LIBRARY: _ignored, ...inherited } = process.env;
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...inherited, ...env } });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** The JSON a successful run printed (nothing on stderr, exit 0). */
export function json<T>(run: CliRun): T {
  expect(run.err, 'stderr').toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.out) as T;
}
