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

/** Field by field median of objects of the same shape (numbers; anything else from the first). */
export function medianOf<T>(items: T[]): T {
  const first = items[0] as unknown;
  if (typeof first === 'number') return median(items as number[]) as T;
  if (Array.isArray(first) || first === null || typeof first !== 'object') return first as T;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(first)) out[k] = medianOf(items.map((i) => (i as Record<string, unknown>)[k]));
  return out as T;
}
