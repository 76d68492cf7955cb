// Order statistics of timings (nearest rank: every figure is a measured value).

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('no timings to summarise');
  return [...values].sort((a, b) => a - b);
}

/** The value at or below which p percent of the timings fall. */
export function percentile(values: readonly number[], p: number): number {
  const s = sorted(values);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1] as number;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function maximum(values: readonly number[]): number {
  return sorted(values).at(-1) as number;
}
