// Issue 15: the first keystroke after a pause searches at once; while the user types
// on, the wait follows how long searches have been taking, within 30–150 ms.
import { describe, expect, it } from 'vitest';
import { createTypingDelay } from '../../../src/renderer/src/state/typing-delay';

describe('typing delay', () => {
  it('searches at once on the first keystroke after a pause', () => {
    const delay = createTypingDelay();
    expect(delay.next(1000)).toBe(0);
    expect(delay.next(5000)).toBe(0);
  });

  it('waits while typing goes on, less when searches are fast and more when they are slow, within bounds', () => {
    const fast = createTypingDelay();
    const slow = createTypingDelay();
    for (let i = 0; i < 10; i++) {
      fast.observe(5);
      slow.observe(400);
    }
    fast.next(0);
    slow.next(0);
    const fastWait = fast.next(100);
    const slowWait = slow.next(100);
    expect(fastWait).toBe(30);
    expect(slowWait).toBe(150);
    const middle = createTypingDelay();
    for (let i = 0; i < 10; i++) middle.observe(60);
    middle.next(0);
    expect(middle.next(80)).toBeGreaterThan(fastWait);
    expect(middle.next(160)).toBeLessThan(slowWait);
  });
});
