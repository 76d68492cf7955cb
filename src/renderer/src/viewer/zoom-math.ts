// The viewer's geometry, kept apart from the DOM so it can be tested: an image of
// natural size `image` is shown at `scale` with its top-left corner at (x, y) in the
// stage. Zooming keeps the point under the cursor still; the wheel zooms in
// proportion to how far it turned, never in jumps.

export interface Size {
  width: number;
  height: number;
}

export interface View {
  scale: number;
  x: number;
  y: number;
}

export interface Point {
  x: number;
  y: number;
}

/** The scale that fits the image in the stage; small images are not blown up past their own size. */
export function fitScale(stage: Size, image: Size): number {
  if (image.width <= 0 || image.height <= 0 || stage.width <= 0 || stage.height <= 0) return 1;
  return Math.min(1, stage.width / image.width, stage.height / image.height);
}

export function scaleLimits(stage: Size, image: Size): { min: number; max: number } {
  const fit = fitScale(stage, image);
  return { min: fit / 2, max: Math.max(8, fit * 8) };
}

/** The image at a scale, centred in the stage. */
export function centred(stage: Size, image: Size, scale: number): View {
  return { scale, x: (stage.width - image.width * scale) / 2, y: (stage.height - image.height * scale) / 2 };
}

/** Keeps the image's centre inside the stage, so a drag can move it about but never lose it. */
export function clampView(view: View, stage: Size, image: Size): View {
  const half = { width: (image.width * view.scale) / 2, height: (image.height * view.scale) / 2 };
  return {
    scale: view.scale,
    x: Math.min(stage.width - half.width, Math.max(-half.width, view.x)),
    y: Math.min(stage.height - half.height, Math.max(-half.height, view.y)),
  };
}

/** Zooms by a factor around a stage point, within the limits; the image point under it stays there. */
export function zoomAt(view: View, factor: number, at: Point, stage: Size, image: Size): View {
  const { min, max } = scaleLimits(stage, image);
  const scale = Math.min(max, Math.max(min, view.scale * factor));
  const ratio = scale / view.scale;
  return clampView({ scale, x: at.x - (at.x - view.x) * ratio, y: at.y - (at.y - view.y) * ratio }, stage, image);
}

const LINE_PX = 16;
/** One mouse-wheel notch (100 px) zooms by about 14 %; a trackpad pinch (sent as ctrl+wheel) is more sensitive. */
const WHEEL_RATE = 0.0015;
const PINCH_RATE = 0.01;
/** However hard one event turns the wheel, it zooms by at most ×2 or ÷2. */
const MAX_STEP = Math.log(2);

export function wheelFactor(deltaY: number, deltaMode: number, pinch: boolean, pageHeight: number): number {
  const pixels = deltaMode === 1 ? deltaY * LINE_PX : deltaMode === 2 ? deltaY * pageHeight : deltaY;
  const exponent = -pixels * (pinch ? PINCH_RATE : WHEEL_RATE);
  return Math.exp(Math.max(-MAX_STEP, Math.min(MAX_STEP, exponent)));
}
