/**
 * One binary search for the engine's sorted lists (offsets, spans, events, mentions):
 * the first index in [lo, hi) at which `before(i)` is false, for a predicate that holds
 * on a prefix of the range — `hi` when it holds everywhere.
 */
export function firstNotBefore(hi: number, before: (i: number) => boolean, lo = 0): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
