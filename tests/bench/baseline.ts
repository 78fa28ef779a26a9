/**
 * The engine's yardstick: the cheapest thing that could claim to find a pack's names —
 * lower-case the text once and run one alternation of every alias over it. No word
 * boundaries, no case rules, no offsets kept: a floor, not a competitor.
 */
import type { Pack } from '../../src/pack/types.ts';

/** Every alias (and name) of every entity, lower-cased, distinct, longest first. */
export function packAliases(packs: readonly Pack[]): string[] {
  const all = new Set<string>();
  for (const pack of packs) {
    for (const entity of pack.entities) {
      for (const alias of [entity.name, ...Object.values(entity.aliases).flat()]) {
        const a = alias.trim().toLowerCase();
        if (a !== '') all.add(a);
      }
    }
  }
  // Longest first, so an alternation prefers "edi rama" to "rama" at the same position.
  return [...all].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regex matching any of `terms` literally. */
export function alternation(terms: readonly string[], flags: string): RegExp {
  return new RegExp(terms.map(escapeRegExp).join('|'), flags);
}

/** The baseline scan: how many times the (lower-case) aliases of `pattern` occur in `text`. */
export function scanCount(text: string, pattern: RegExp): number {
  const lower = text.toLowerCase();
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let count = 0;
  while (re.exec(lower) !== null) count++;
  return count;
}
