// Undo for the sweeping actions (mark a whole view read, remove a source's articles): each one
// registers how to take it back and hands the renderer a token. Kept in memory only: undo lasts
// until the library is closed, which is when set-aside removals become final.
export class UndoLog {
  private next = 1;
  private readonly actions = new Map<number, () => Promise<void>>();

  register(undo: () => Promise<void>): number {
    const token = this.next++;
    this.actions.set(token, undo);
    return token;
  }

  /** False for an unknown token or one already used. */
  async undo(token: number): Promise<boolean> {
    const action = this.actions.get(token);
    if (!action) return false;
    this.actions.delete(token);
    await action();
    return true;
  }
}
