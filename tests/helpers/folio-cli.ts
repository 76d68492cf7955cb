import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const CLI = resolve('out/cli/folio.js');

/** Runs the built `folio` command and says how it ended. */
export function folio(...args: string[]): { code: number | null; out: string; err: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}
