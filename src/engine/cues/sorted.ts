/**
 * Sets of sentence indexes as ascending arrays without repeats: the matchers
 * produce them in text order for free, and intersecting them costs the smaller
 * set's size times a binary search, where a Set per term would cost an insert per
 * occurrence of every term (common words occur in most sentences).
 */
import { firstNotBefore } from '../text/search.ts';

export type SortedIndexes = readonly number[];

/** First position in `sorted`, from `lo`, whose value is ≥ `value`. */
function lowerBound(sorted: SortedIndexes, value: number, lo: number): number {
  return firstNotBefore(sorted.length, (i) => sorted[i]! < value, lo);
}

/** The values in all of `sets`. */
export function intersect(sets: readonly SortedIndexes[]): number[] {
  const [smallest, ...rest] = [...sets].sort((a, b) => a.length - b.length);
  if (smallest === undefined) return [];
  const positions = rest.map(() => 0);
  return smallest.filter((value) =>
    rest.every((set, k) => {
      const at = lowerBound(set, value, positions[k] ?? 0);
      positions[k] = at;
      return set[at] === value;
    }),
  );
}

/** The values in either of two sets: a merge. */
function union2(a: SortedIndexes, b: SortedIndexes): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    out.push(x <= y ? x : y);
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return out;
}

/** The values in any of `sets`. */
export function union(sets: readonly SortedIndexes[]): SortedIndexes {
  return sets.reduce<SortedIndexes>((merged, set) => (merged.length === 0 ? set : set.length === 0 ? merged : union2(merged, set)), []);
}
