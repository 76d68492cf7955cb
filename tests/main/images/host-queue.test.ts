// Downloads run a bounded number at a time, overall and per host, hosts take
// turns, and a host told to back off waits while the others go on.
import { describe, expect, it } from 'vitest';
import { HostQueue } from '../../../src/main/images/host-queue';
import type { Attempt } from '../../../src/main/images/host-queue';

interface Task {
  host: string;
  n: number;
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 1));

describe('HostQueue', () => {
  it('never runs more than the limits, and runs every task', async () => {
    let running = 0;
    let peak = 0;
    const perHost = new Map<string, number>();
    let peakPerHost = 0;
    const done: number[] = [];
    const tasks: Task[] = Array.from({ length: 40 }, (_, n) => ({ host: `h${n % 4}`, n }));
    await new HostQueue<Task>(
      { overall: 5, perHost: 2 },
      async (t) => {
        running++;
        perHost.set(t.host, (perHost.get(t.host) ?? 0) + 1);
        peak = Math.max(peak, running);
        peakPerHost = Math.max(peakPerHost, perHost.get(t.host) ?? 0);
        await tick();
        running--;
        perHost.set(t.host, (perHost.get(t.host) ?? 1) - 1);
        done.push(t.n);
        return { kind: 'done' };
      },
      new AbortController().signal,
    ).run(tasks);
    expect(done.sort((a, b) => a - b)).toEqual(tasks.map((t) => t.n));
    expect(peak).toBe(5);
    expect(peakPerHost).toBe(2);
  });

  it('takes hosts in turn, so one host with many images does not hold up the others', async () => {
    const order: string[] = [];
    const tasks: Task[] = [...Array.from({ length: 6 }, (_, n) => ({ host: 'big', n })), { host: 'small', n: 6 }];
    await new HostQueue<Task>(
      { overall: 1, perHost: 1 },
      async (t) => {
        order.push(t.host);
        return { kind: 'done' };
      },
      new AbortController().signal,
    ).run(tasks);
    expect(order.indexOf('small')).toBe(1);
  });

  it('pauses a host that asked to back off, and retries its task after the pause', async () => {
    const order: string[] = [];
    let refused = false;
    const attempt = async (t: Task): Promise<Attempt> => {
      if (t.host === 'busy' && !refused) {
        refused = true;
        order.push('busy refused');
        return { kind: 'retry', pauseMs: 40 };
      }
      order.push(t.host);
      await tick();
      return { kind: 'done' };
    };
    await new HostQueue<Task>({ overall: 2, perHost: 1 }, attempt, new AbortController().signal).run([
      { host: 'busy', n: 0 },
      { host: 'calm', n: 1 },
      { host: 'calm', n: 2 },
    ]);
    expect(order[0]).toBe('busy refused');
    expect(order.at(-1)).toBe('busy');
    expect(order.filter((h) => h === 'calm')).toHaveLength(2);
  });

  it('stops starting tasks once aborted and returns when those in flight end', async () => {
    const abort = new AbortController();
    let started = 0;
    await new HostQueue<Task>(
      { overall: 2, perHost: 2 },
      async () => {
        started++;
        if (started === 2) abort.abort();
        await tick();
        return { kind: 'done' };
      },
      abort.signal,
    ).run(Array.from({ length: 10 }, (_, n) => ({ host: 'h', n })));
    expect(started).toBe(2);
  });
});
