// `folio import` and `folio repair` run in a child started with memory settings: what the caller
// sees (arguments, standard streams, exit code, the signal that ended it) must be as without the
// child, and the child must never outlive the process the caller started.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tunedEnv, wantsTunedProcess } from '../../../src/main/cli/tuned-launch';
import { pause } from '../../helpers/kill-child';

const DRIVER = ['--import', 'tsx', 'tests/helpers/tuned-cli.ts'];

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(check: () => boolean): Promise<void> {
  for (let waited = 0; !check() && waited < 30_000; waited += 20) await pause(20);
}

/** Starts the driver's `import wait` and resolves with it and its child's pid, once the child runs. */
async function waiting(): Promise<{ parent: ChildProcess; child: number; ended: Promise<NodeJS.Signals | null> }> {
  const parent = spawn(process.execPath, [...DRIVER, 'import', 'wait'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ended = new Promise<NodeJS.Signals | null>((done) => parent.on('exit', (_code, signal) => done(signal)));
  let out = '';
  parent.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await until(() => out.includes('\n'));
  return { parent, child: Number(out.trim()), ended };
}

describe('the tuned launch of folio import', () => {
  it('is for import and repair only, and never twice', () => {
    expect(wantsTunedProcess(['import', 'a'], {})).toBe(true);
    expect(wantsTunedProcess(['repair', '--library', 'x'], {})).toBe(true);
    expect(wantsTunedProcess(['search', 'import'], {})).toBe(false);
    expect(wantsTunedProcess([], {})).toBe(false);
    expect(wantsTunedProcess(['import'], tunedEnv({}))).toBe(false);
  });

  it("leaves the user's own malloc settings alone", () => {
    expect(tunedEnv({ MALLOC_ARENA_MAX: '8' }).MALLOC_ARENA_MAX).toBe('8');
    expect(tunedEnv({}).MALLOC_ARENA_MAX).toBe('2');
  });

  it('passes arguments, standard input, output, error and the exit code through unchanged', () => {
    const args = ['import', 'echo', 'a b', '--library', '中文 dir', '--json'];
    const run = spawnSync(process.execPath, [...DRIVER, ...args], { input: 'line one\n第二行\n', encoding: 'utf8' });
    expect(run.status).toBe(7);
    expect(run.stderr).toBe('a line on stderr\n');
    const seen = JSON.parse(run.stdout) as { pid: number; argv: string[]; execArgv: string[]; stdin: string } & Record<string, string>;
    expect(seen.argv).toEqual(args);
    expect(seen.stdin).toBe('line one\n第二行\n');
    // It ran in a child, with the settings.
    expect(seen.pid).not.toBe(run.pid);
    expect(seen.execArgv).toContain('--max-semi-space-size=2');
    expect(seen.MALLOC_ARENA_MAX).toBe('2');
    expect(seen.MALLOC_MMAP_THRESHOLD_).toBe('131072');
  });

  it('ends the child with the signal that ends the parent, and the parent by that signal', async () => {
    const { parent, child, ended } = await waiting();
    parent.kill('SIGTERM');
    expect(await ended).toBe('SIGTERM');
    await until(() => !alive(child));
    expect(alive(child)).toBe(false);
  });

  it('ends the child when the parent is killed outright', async () => {
    const { parent, child, ended } = await waiting();
    parent.kill('SIGKILL');
    await ended;
    await until(() => !alive(child));
    expect(alive(child)).toBe(false);
  });
});
