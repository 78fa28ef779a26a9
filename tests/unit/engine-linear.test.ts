/**
 * The matchers are linear in the text: counted in trie steps, not timed (timing is
 * the bench's job). A walk starts only at word starts and never goes deeper than
 * the longest key, so steps ≤ (longest key + 1) × text length, whatever the pack size.
 */
import { describe, expect, it } from 'vitest';
import { compileAliases } from '../../src/engine/entities/compile.ts';
import { fold } from '../../src/engine/text/fold.ts';
import { Trie } from '../../src/engine/text/trie.ts';
import { makeVeloriaPack } from './engine-test-pack.ts';

const keep = (): number => 0;

describe('linear-time matching', () => {
  const prose = fold('Prime Minister Ilir Manëz said the Crimson Ledger group hit the ACG; Marrak denied it. Ramadan, Marrakesh. ');

  it('scans prose in steps proportional to its length', () => {
    const trie = compileAliases(makeVeloriaPack());
    const perChar = [1_000, 4_000, 16_000].map((times) => {
      const text = prose.repeat(times);
      return trie.scan(text, keep) / text.length;
    });
    // One step per character, plus short walks at word starts: the same ratio at every size.
    for (const ratio of perChar) {
      expect(ratio).toBeGreaterThanOrEqual(1);
      expect(ratio).toBeLessThan(2);
      expect(ratio).toBeCloseTo(perChar[0] ?? 0, 6);
    }
  });

  it('does not grow with the number of keys', () => {
    const text = prose.repeat(2_000);
    const small = new Trie<number>();
    const big = new Trie<number>();
    small.add('marrak', 0);
    for (let i = 0; i < 5_000; i++) big.add(`marrak${i.toString(36)}`, i);
    big.add('marrak', 0);
    const ratio = big.scan(text, keep) / small.scan(text, keep);
    expect(ratio).toBeLessThan(1.05);
  });

  it.each([
    ['a long word that almost matches a long key', 'a'.repeat(200_000), 'a'.repeat(50) + 'b'],
    ['a script without spaces, where every character may start a name', '马'.repeat(200_000), '马'.repeat(50) + '拉'],
  ])('stays within (longest key + 1) × length on %s', (_name, text, key) => {
    const trie = new Trie<number>();
    trie.add(key, 0);
    const steps = trie.scan(text, keep);
    expect(steps).toBeLessThanOrEqual((key.length + 1) * text.length);
  });
});
