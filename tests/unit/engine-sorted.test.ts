import { describe, expect, it } from 'vitest';
import { intersect, union } from '../../src/engine/cues/sorted.ts';

describe('sorted index sets', () => {
  it.each([
    [[[1, 3, 5, 7], [3, 4, 5], [0, 3, 5, 9]], [3, 5]],
    [[[2, 4], [1, 3]], []],
    [[[1, 2, 3]], [1, 2, 3]],
    [[[], [1]], []],
    [[], []],
  ])('intersects %j → %j', (sets, expected) => {
    expect(intersect(sets)).toEqual(expected);
  });

  it.each([
    [[[1, 3, 5], [2, 3, 6], []], [1, 2, 3, 5, 6]],
    [[[], [4, 8]], [4, 8]],
    [[[0, 9], [0, 9]], [0, 9]],
    [[], []],
  ])('unites %j → %j', (sets, expected) => {
    expect(union(sets)).toEqual(expected);
  });
});
