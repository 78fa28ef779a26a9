/** The bench's pure helpers: statistics, the baseline scan, the table, bundle references. */
import { describe, expect, test } from 'vitest';
import { alternation, packAliases, scanCount } from '../bench/baseline.ts';
import { referencedFiles } from '../bench/bundle-sizes.ts';
import { growthPerDoubling, median, timeRuns } from '../bench/stats.ts';
import { renderSection } from '../bench/table.ts';
import type { Pack } from '../../src/pack/types.ts';

describe('median', () => {
  test.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 1, 1, 1, 100], 1],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  test('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  test('refuses no values', () => {
    expect(() => median([])).toThrow();
  });
});

test('timeRuns calls the function warm-up + runs times and returns one time per run', () => {
  let calls = 0;
  const times = timeRuns(() => calls++, { warmup: 3, runs: 4 });
  expect(calls).toBe(7);
  expect(times).toHaveLength(4);
  for (const t of times) expect(t).toBeGreaterThanOrEqual(0);
});

test('growth per doubling: 2 for linear, 4 for quadratic', () => {
  expect(growthPerDoubling([1, 2, 4, 8])).toEqual([2, 2, 2]);
  expect(growthPerDoubling([1, 4, 16])).toEqual([4, 4]);
  expect(growthPerDoubling([7])).toEqual([]);
});

describe('the baseline scan', () => {
  const pack = {
    entities: [
      { name: 'Edi Rama', aliases: { en: ['Rama', 'Edi Rama'], sq: ['Ramës'] } },
      { name: 'U.S.', aliases: { en: ['United States'] } },
    ],
  } as unknown as Pack;

  test('aliases are lower-cased, distinct and longest first', () => {
    expect(packAliases([pack])).toEqual(['united states', 'edi rama', 'ramës', 'rama', 'u.s.']);
  });

  test('counts case-insensitively, prefers the longest alias, and escapes regex characters', () => {
    const pattern = alternation(packAliases([pack]), 'g');
    expect(scanCount('Edi Rama met RAMA in the U.S. and Ramës; not in USA.', pattern)).toBe(4);
    expect(scanCount('no names here', pattern)).toBe(0);
  });
});

test('a section renders aligned columns with the target mark', () => {
  const out = renderSection({
    title: 'Title',
    rows: [
      { what: 'fast', value: '1.00 ms', baseline: '10.0 ms', ratio: '10.00×', target: '≥ 10×', met: true },
      { what: 'slow one', value: '20.0 ms', met: false },
      { what: 'info', value: '3 KB' },
    ],
    notes: ['how it was measured'],
  });
  const lines = out.split('\n');
  expect(lines[1]).toBe('Title');
  expect(lines[2]).toMatch(/^ +measured +baseline +ratio +target$/);
  // Every column as wide as its widest cell (the headers count); the name left, figures right.
  expect(lines[4]).toBe('fast       1.00 ms   10.0 ms  10.00×   ≥ 10×  ✓');
  expect(lines[5]).toBe('slow one   20.0 ms                            ✗');
  expect(lines[6]).toBe('info          3 KB');
  expect(lines[7]).toBe('  how it was measured');
});

describe('bundle references', () => {
  const chunk = 'import{a as e}from"./settings-D4IBfdFt.js";import"./side.js";const s=()=>import(`./session-CrjMHwhT.js`);';

  test('static imports, relative to the importing file', () => {
    expect(referencedFiles(chunk, 'assets/entry.js', /(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)).toEqual([
      'assets/settings-D4IBfdFt.js',
      'assets/side.js',
    ]);
  });

  test('dynamic imports', () => {
    expect(referencedFiles(chunk, 'assets/entry.js', /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)).toEqual(['assets/session-CrjMHwhT.js']);
  });
});
