// One writer, always: a lock left by a crashed process is taken over, but when
// several processes take it over at the same moment exactly one of them gets it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryLock } from '../../../src/main/store/library-lock';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

function taker(args: string[]): { lines: string[]; exited: Promise<number | null>; kill(): void } {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/lock-taker.ts', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  let partial = '';
  proc.stdout?.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
  });
  const exited = new Promise<number | null>((done) => proc.on('exit', (code) => done(code)));
  return { lines, exited, kill: () => proc.kill('SIGKILL') };
}

const until = async (ready: () => boolean): Promise<void> => {
  for (let waited = 0; !ready(); waited += 10) {
    if (waited > 60_000) throw new Error('a child process did not answer');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('the library lock', () => {
  it('gives a stale lock to exactly one of many processes taking it over at once', async () => {
    const base = tempDir();
    const LIBRARIES = 80;
    const TAKERS = 6;
    for (let i = 0; i < LIBRARIES; i++) mkdirSync(join(base, `lib-${i}`));
    // A process that held every lock is killed: each lock is now stale.
    const crashed = taker(['hold', base, String(LIBRARIES)]);
    await until(() => crashed.lines.includes('held'));
    crashed.kill();
    await crashed.exited;

    const go = join(base, 'go');
    const done = join(base, 'done');
    const takers = Array.from({ length: TAKERS }, () => taker(['take', base, String(LIBRARIES), go, done]));
    await new Promise((r) => setTimeout(r, 1500)); // every taker has loaded and waits for the signal
    writeFileSync(go, '');
    await until(() => takers.every((t) => t.lines.length > 0));
    writeFileSync(done, '');
    await Promise.all(takers.map((t) => t.exited));

    const holders = new Array<number>(LIBRARIES).fill(0);
    for (const t of takers) for (const i of JSON.parse(t.lines[0] as string) as number[]) holders[i] = (holders[i] ?? 0) + 1;
    const contested = holders.filter((n) => n !== 1).length;
    console.log(`lock takeover: ${LIBRARIES} stale locks, ${TAKERS} takers each; locks held by other than exactly one taker: ${contested}`);
    expect(holders).toEqual(new Array<number>(LIBRARIES).fill(1));
  }, 120_000);

  it('refuses a lock held by a live process, and takes over one whose pid now belongs to another process', () => {
    const dir = tempDir();
    const held = LibraryLock.acquire(dir);
    expect(() => LibraryLock.acquire(dir)).toThrow(/in use by another Folio process \(pid \d+\)/);
    held.release();
    LibraryLock.acquire(dir).release();

    // Process start times are known where /proc is (Linux): a lock naming a live pid but another start time is stale.
    if (!existsSync('/proc/self/stat')) return;
    writeFileSync(join(dir, 'folio.lock'), JSON.stringify({ pid: process.pid, host: hostname(), started: '1', nonce: 'left-by-a-crash' }));
    LibraryLock.acquire(dir).release();
  });
});
