// Runs downloads with a bounded number in flight overall and per host, taking
// hosts in turn so one slow or large host does not hold up the rest. A host that
// answers 429 or 5xx (or stalls) is paused — back-off — while others go on; what it
// refused is queued again behind its other images.
export interface QueueLimits {
  overall: number;
  perHost: number;
}

/** done: settled; retry: queue it again after pausing its host for this long. */
export type Attempt = { kind: 'done' } | { kind: 'retry'; pauseMs: number };

export interface HostTask {
  host: string;
}

export class HostQueue<T extends HostTask> {
  private readonly waiting = new Map<string, T[]>();
  private readonly active = new Map<string, number>();
  private readonly pausedUntil = new Map<string, number>();
  private running = 0;
  private timer: NodeJS.Timeout | null = null;
  private finish: (() => void) | null = null;

  constructor(
    private readonly limits: QueueLimits,
    private readonly attempt: (task: T) => Promise<Attempt>,
    private readonly signal: AbortSignal,
    private readonly now: () => number = Date.now,
  ) {}

  /** Runs every task to done (retries included); after an abort, waits only for those in flight. */
  run(tasks: readonly T[]): Promise<void> {
    for (const task of tasks) this.enqueue(task);
    return new Promise((resolve) => {
      this.finish = resolve;
      this.signal.addEventListener('abort', () => this.pump(), { once: true });
      this.pump();
    });
  }

  private enqueue(task: T): void {
    const queue = this.waiting.get(task.host);
    if (queue) queue.push(task);
    else this.waiting.set(task.host, [task]);
  }

  /** The next host allowed to start a task, taking hosts round-robin (Map order, rotated on each start). */
  private nextHost(at: number): string | null {
    for (const [host] of this.waiting) {
      if ((this.active.get(host) ?? 0) >= this.limits.perHost) continue;
      if ((this.pausedUntil.get(host) ?? 0) > at) continue;
      return host;
    }
    return null;
  }

  private pump(): void {
    if (this.signal.aborted) this.waiting.clear();
    const at = this.now();
    while (this.running < this.limits.overall) {
      const host = this.nextHost(at);
      if (host === null) break;
      const queue = this.waiting.get(host) as T[];
      const task = queue.shift() as T;
      // Rotate: this host goes to the back of the turn order.
      this.waiting.delete(host);
      if (queue.length > 0) this.waiting.set(host, queue);
      this.start(task);
    }
    if (this.running === 0 && this.waiting.size === 0) {
      if (this.timer) clearTimeout(this.timer);
      this.finish?.();
      this.finish = null;
      return;
    }
    this.wakeForPausedHosts(at);
  }

  /** Nothing can start now but paused hosts have work: look again when the first pause ends. */
  private wakeForPausedHosts(at: number): void {
    if (this.timer || this.running >= this.limits.overall) return;
    let earliest = Infinity;
    for (const [host] of this.waiting) earliest = Math.min(earliest, this.pausedUntil.get(host) ?? at);
    if (earliest === Infinity || earliest <= at) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.pump();
    }, earliest - at);
  }

  private start(task: T): void {
    this.running++;
    this.active.set(task.host, (this.active.get(task.host) ?? 0) + 1);
    void this.attempt(task)
      .catch((): Attempt => ({ kind: 'done' }))
      .then((result) => {
        this.running--;
        this.active.set(task.host, (this.active.get(task.host) ?? 1) - 1);
        if (result.kind === 'retry' && !this.signal.aborted) {
          this.pausedUntil.set(task.host, Math.max(this.pausedUntil.get(task.host) ?? 0, this.now() + result.pauseMs));
          this.enqueue(task);
        }
        this.pump();
      });
  }
}
