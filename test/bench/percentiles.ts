// Percentiles of a sample of latencies (nearest rank).

/** Nearest-rank percentile `p` (0–100) of `values`; NaN for an empty sample. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
