// `folio import` and `folio repair` run in a child process started with memory settings that a
// running process cannot give itself: V8 sizes the main thread's young generation, and glibc its
// malloc arenas, once, at start. Measured on the realistic 6k import (README, Performance), they
// take the peak RSS from 510–540 MB to under 400 MB. Every other command runs as it is started:
// a second process costs start-up time that a search should not pay.
import { spawn } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';

/** Set in the child, so it runs the command instead of starting another child. */
const TUNED_MARK = 'FOLIO_TUNED_PROCESS';

/** The commands that run an import job: parse workers, index worker, checkpoints. */
const HEAVY_COMMANDS: readonly string[] = ['import', 'repair'];

/**
 * The main thread's semi-space, in MB (Node's default is 16): it stores articles and saves
 * checkpoints, allocating much that dies young, and a new space grown to 32 MB stayed that large
 * and nearly empty for the whole import. V8 reads the flag whenever it sets up a heap, and lets it
 * override the young generation a worker thread is given: left set, the parse workers collected
 * every ~1.5 MB they allocated (~1,300 scavenges each on a realistic 6k import, ~8 % more CPU for
 * the import). So the child clears it once its own heap is set up (releaseSemiSpace), and each
 * worker gets the young generation import-workers.ts gives it.
 */
const SEMI_SPACE_MB = 2;

/**
 * glibc's malloc: every worker thread gets an arena of its own, and freed blocks up to the
 * (self-raising) mmap threshold stay in them. Fewer arenas, and array buffers of 128 KB and more
 * in mappings of their own (returned to the system when freed), held ~60 MB less at the peak.
 */
const MALLOC_SETTINGS: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' };

/** Signals that end the child with the parent: the child must never outlive it, and the exit must read the same. */
const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Whether this command line should run in a tuned child (it is not one already). */
export function wantsTunedProcess(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): boolean {
  return env[TUNED_MARK] === undefined && HEAVY_COMMANDS.includes(argv[0] ?? '');
}

/** The child's environment: the malloc settings unless the user chose their own. */
export function tunedEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...MALLOC_SETTINGS, ...env, [TUNED_MARK]: '1' };
}

/**
 * Runs script with argv in a tuned child, its standard streams the parent's own, and resolves to
 * its exit code. A child ended by a signal ends the parent by the same signal, so the caller sees
 * what it would have seen without the child.
 */
export function runTuned(script: string, argv: readonly string[]): Promise<number> {
  // Our flag first: one the user gave node (process.execArgv) comes later and wins.
  const execArgv = [`--max-semi-space-size=${SEMI_SPACE_MB}`, ...process.execArgv];
  // The IPC channel closes when the parent dies, however it dies (even SIGKILL): the child ends then.
  const child = spawn(process.execPath, [...execArgv, script, ...argv], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: tunedEnv(process.env),
  });
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal);
  };
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      for (const s of FORWARDED_SIGNALS) process.off(s, forward);
      if (signal) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
  });
}

/**
 * In the tuned child, before any worker starts: the semi-space flag has done its work on the main
 * thread's heap, and cleared it leaves each worker's young generation to its resource limits.
 * Measured on the realistic 20k import against the flag at 8 MB for every thread: peak RSS 473–500
 * MB against 510–550, for ~2 % more CPU.
 */
export function releaseSemiSpace(env: NodeJS.ProcessEnv = process.env): void {
  if (env[TUNED_MARK] !== undefined) setFlagsFromString('--max-semi-space-size=0');
}

/** In the tuned child: end when the parent is gone, rather than import on for nobody. */
export function endWithParent(): void {
  if (!process.channel) return;
  // The channel must not keep the child alive once its command is done.
  process.channel.unref();
  process.on('disconnect', () => process.exit(1));
}
