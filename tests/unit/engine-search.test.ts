import { describe, expect, it } from 'vitest';
import { firstNotBefore } from '../../src/engine/text/search.ts';

describe('firstNotBefore', () => {
  const sorted = [1, 3, 3, 5, 8];
  it.each([
    [0, 0],
    [1, 0],
    [2, 1],
    [3, 1],
    [4, 3],
    [8, 4],
    [9, 5],
  ])('first value ≥ %i is at %i', (value, index) => {
    expect(firstNotBefore(sorted.length, (i) => sorted[i]! < value)).toBe(index);
  });

  it('searches from `lo` and answers `hi` when the predicate holds everywhere', () => {
    expect(firstNotBefore(sorted.length, (i) => sorted[i]! < 3, 3)).toBe(3);
    expect(firstNotBefore(0, () => true)).toBe(0);
    expect(firstNotBefore(sorted.length, () => true)).toBe(sorted.length);
  });
});
