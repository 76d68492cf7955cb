// Saves that pile up while one is being written become one more save, not many:
// every caller's change is durable when its promise resolves.
export class CoalescedSave {
  private pending: Promise<void> | null = null;

  constructor(private readonly save: () => void) {}

  /** Resolves once a save that includes every change made before this call has completed. */
  request(): Promise<void> {
    // Changes made now are picked up by the save that starts on the next turn;
    // callers arriving before it starts share it.
    this.pending ??= new Promise<void>((resolve, reject) => {
      setImmediate(() => {
        this.pending = null;
        try {
          this.save();
          resolve();
        } catch (error) {
          reject(error);
        }
      });
    });
    return this.pending;
  }

  /** Waits for a requested save, if any (used at close). */
  async flush(): Promise<void> {
    await this.pending;
  }
}
