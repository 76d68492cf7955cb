// Runs a command the way a user would: wall seconds from spawn to exit, and the
// peak RSS of the whole process (worker threads included) from GNU time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

export interface TimedRun {
  seconds: number;
  /** Null when GNU time is not installed. */
  peakRssMB: number | null;
  stdout: string;
}

export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

/** stderr goes to the terminal, so the CLI's own progress line shows during long imports. */
export function runTimed(command: string, args: readonly string[]): TimedRun {
  const scratch = mkdtempSync(join(tmpdir(), 'folio-bench-time-'));
  const timeFile = join(scratch, 'time.txt');
  try {
    const useTime = hasGnuTime();
    const started = performance.now();
    const result = useTime
      ? spawnSync(GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args], { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 30 })
      : spawnSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 30 });
    const seconds = (performance.now() - started) / 1000;
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with status ${result.status}`);
    const stdout = result.stdout.toString('utf8');
    if (!useTime) return { seconds, peakRssMB: null, stdout };
    const rssKb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1));
    if (!Number.isFinite(rssKb)) throw new Error(`could not read GNU time's output in ${timeFile}`);
    return { seconds, peakRssMB: rssKb / 1024, stdout };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
