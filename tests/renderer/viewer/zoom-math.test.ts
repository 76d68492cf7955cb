// The viewer's zoom: proportional to the wheel, around the cursor, within limits.
import { describe, expect, it } from 'vitest';
import { centred, clampView, fitScale, wheelFactor, zoomAt } from '../../../src/renderer/src/viewer/zoom-math';

const stage = { width: 1200, height: 800 };
const photo = { width: 6000, height: 4000 };

describe('viewer zoom', () => {
  it('fits a large image and leaves a small one at its own size', () => {
    expect(fitScale(stage, photo)).toBe(0.2);
    expect(fitScale(stage, { width: 400, height: 260 })).toBe(1);
    expect(centred(stage, photo, 0.2)).toEqual({ scale: 0.2, x: 0, y: 0 });
  });

  it('zooms by a little per wheel notch, in proportion, and never jumps', () => {
    const notch = wheelFactor(-100, 0, false, 800);
    expect(notch).toBeGreaterThan(1.1);
    expect(notch).toBeLessThan(1.2);
    expect(wheelFactor(-200, 0, false, 800)).toBeCloseTo(notch * notch, 5);
    expect(wheelFactor(100, 0, false, 800)).toBeCloseTo(1 / notch, 5);
    // A burst the size of a fast flick is still at most a doubling.
    expect(wheelFactor(-5000, 0, false, 800)).toBeCloseTo(2, 5);
    expect(wheelFactor(-3, 1, false, 800)).toBeCloseTo(wheelFactor(-48, 0, false, 800), 5);
  });

  it('keeps the point under the cursor where it is', () => {
    const view = centred(stage, photo, 0.2);
    const at = { x: 300, y: 200 };
    const imagePoint = { x: (at.x - view.x) / view.scale, y: (at.y - view.y) / view.scale };
    const zoomed = zoomAt(view, 1.5, at, stage, photo);
    expect(zoomed.scale).toBeCloseTo(0.3, 10);
    expect(zoomed.x + imagePoint.x * zoomed.scale).toBeCloseTo(at.x, 6);
    expect(zoomed.y + imagePoint.y * zoomed.scale).toBeCloseTo(at.y, 6);
  });

  it('stays within its limits and keeps the image in sight', () => {
    const view = centred(stage, photo, 0.2);
    expect(zoomAt(view, 1000, { x: 0, y: 0 }, stage, photo).scale).toBe(8);
    expect(zoomAt(view, 0.001, { x: 0, y: 0 }, stage, photo).scale).toBe(0.1);
    const dragged = clampView({ scale: 0.2, x: 5000, y: -5000 }, stage, photo);
    expect(dragged.x + 600).toBeLessThanOrEqual(stage.width);
    expect(dragged.y + 400).toBeGreaterThanOrEqual(0);
  });
});
