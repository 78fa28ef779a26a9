/**
 * Timing arithmetic for the bench: medians of repeated runs (robust to the odd GC
 * pause or scheduler hiccup on a 2-core machine) and growth ratios for scaling.
 */

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface RunPlan {
  /** Runs thrown away first: JIT tiers, inline caches and lazily built tables settle. */
  warmup: number;
  runs: number;
}

/** Wall-clock ms of each measured run of `fn`. */
export function timeRuns(fn: () => unknown, { warmup, runs }: RunPlan): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

/** Median ms of `fn` after warm-up. */
export function medianMs(fn: () => unknown, plan: RunPlan): number {
  return median(timeRuns(fn, plan));
}

/**
 * For times measured at sizes that double each step, the factor by which time grows
 * per doubling: 2.0 is linear, 4.0 quadratic.
 */
export function growthPerDoubling(times: readonly number[]): number[] {
  const ratios: number[] = [];
  for (let i = 1; i < times.length; i++) ratios.push(times[i]! / times[i - 1]!);
  return ratios;
}
