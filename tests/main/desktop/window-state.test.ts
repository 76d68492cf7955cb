import { describe, expect, it } from 'vitest';
import { restoreWindow } from '../../../src/main/desktop/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('the window comes back where it was', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(restoreWindow(undefined, [laptop])).toEqual({ bounds: undefined, maximized: false });
  });

  it('comes back to its place on any screen, and maximised if it was', () => {
    const onMonitor = { x: 1600, y: 100, width: 1200, height: 900 };
    expect(restoreWindow({ bounds: onMonitor, maximized: true }, [laptop, monitor])).toEqual({ bounds: onMonitor, maximized: true });
  });

  it('opens at the default place when its screen is gone, keeping maximised', () => {
    const onMonitor = { x: 1600, y: 100, width: 1200, height: 900 };
    expect(restoreWindow({ bounds: onMonitor, maximized: true }, [laptop])).toEqual({ bounds: undefined, maximized: true });
  });

  it('comes back when only part of it is on screen, as long as its title bar can be grabbed', () => {
    const halfOff = { x: 1200, y: 300, width: 800, height: 600 };
    expect(restoreWindow({ bounds: halfOff, maximized: false }, [laptop]).bounds).toEqual(halfOff);
    const titleBarAbove = { x: 100, y: -500, width: 800, height: 600 };
    expect(restoreWindow({ bounds: titleBarAbove, maximized: false }, [laptop]).bounds).toBeUndefined();
  });

  it('shrinks to fit a smaller screen than it was saved on', () => {
    const big = { x: 0, y: 0, width: 2400, height: 1300 };
    expect(restoreWindow({ bounds: big, maximized: false }, [laptop]).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 860 });
  });
});
