// A median with its spread (quartiles and range), for response times: a median of two
// numbers says little without how far apart they were.
export interface Spread {
  count: number;
  /** Null when there is nothing to measure. */
  median: number | null;
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
}

/** The value at fraction p of the sorted list, interpolating between neighbours. */
function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const below = Math.floor(at);
  const above = Math.ceil(at);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (at - below);
}

export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) return { count: 0, median: null, q1: null, q3: null, min: null, max: null };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0]!,
    max: sorted.at(-1)!,
  };
}
