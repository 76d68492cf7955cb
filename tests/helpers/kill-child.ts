// A library-child process (tests/helpers/library-child.ts) that the crash tests kill
// (SIGKILL) at random moments, and the seeded randomness that picks those moments.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

export interface Child {
  proc: ChildProcess;
  /** The lines it printed so far. */
  lines: string[];
  exited: Promise<number | null>;
}

export function child(args: string[], env: Record<string, string> = {}): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/library-child.ts', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  const lines: string[] = [];
  let partial = '';
  proc.stdout?.on('data', (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const parts = text.split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
  });
  const exited = new Promise<number | null>((done) => proc.on('exit', (code) => done(code)));
  return { proc, lines, exited };
}

export const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Waits until the child prints something (it has opened the library and started), then a random extra time. */
export async function killAtRandom(run: Child, earliest: () => boolean, maxMs: number, rand: () => number): Promise<void> {
  for (let waited = 0; !earliest() && waited < 30_000; waited += 20) await pause(20);
  await pause(Math.floor(rand() * maxMs));
  run.proc.kill('SIGKILL');
  await run.exited;
}

export function seeded(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}
