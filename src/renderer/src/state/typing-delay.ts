// How long to wait after a keystroke before searching. The first keystroke after
// a pause searches at once; while the user types on, the wait follows how long
// searches have been taking, so a fast library answers nearly every keystroke and
// a slow one is not asked for results nobody will see.

/** A keystroke this long after the previous one starts a new burst of typing. */
const IDLE_MS = 600;
const MIN_DELAY_MS = 30;
const MAX_DELAY_MS = 150;

export interface TypingDelay {
  /** The wait before searching for a keystroke made at `now`. */
  next(now: number): number;
  /** How long a search took, keystroke to answer. */
  observe(ms: number): void;
}

export function createTypingDelay(): TypingDelay {
  let lastKey = -Infinity;
  let recent = 60;
  return {
    next(now) {
      const idle = now - lastKey > IDLE_MS;
      lastKey = now;
      return idle ? 0 : Math.min(MAX_DELAY_MS, Math.max(MIN_DELAY_MS, 1.5 * recent));
    },
    observe(ms) {
      // A moving average: one slow search (a frequent character) does not slow the next keystrokes for long.
      recent = 0.7 * recent + 0.3 * ms;
    },
  };
}
