/**
 * Adjectives (see `Entity.adjectives`): "the Albanian government", "iranischen
 * Hackern", "الحكومة الألبانية" are about Albania and Iran without naming them.
 * The pack lists stems; each is found at a word start as a prefix, so every
 * inflection counts, in one pass over the folded text (a trie per pack, cached).
 * A stem inside a mention of a pack entity ("Arnavut" in "Arnavutluk") is that
 * mention, not an adjective.
 */
import type { Pack } from '../../pack/types.ts';
import { isSpacedWordAt } from '../text/chars.ts';
import { fold } from '../text/fold.ts';
import { walksOf, type ScannedText } from '../text/lexicon.ts';
import { Trie } from '../text/trie.ts';
import type { EntityResult, Span } from '../types.ts';
import { firstNotBefore } from '../text/search.ts';

/** Entity id → the words, as whole words, that use one of its adjective stems. */
export type AdjectiveMentions = ReadonlyMap<string, readonly Span[]>;

/** For callers that look at names only. */
export const NO_ADJECTIVES: AdjectiveMentions = new Map();

const compiled = new WeakMap<Pack, Trie<string>>();

/** The pack's adjective stems in one trie (cached per pack). */
export function compileAdjectives(pack: Pack): Trie<string> {
  let trie = compiled.get(pack);
  if (trie !== undefined) return trie;
  trie = new Trie();
  for (const entity of pack.entities) {
    const stems = new Set(Object.values(entity.adjectives ?? {}).flat().map((stem) => fold(stem.trim())));
    for (const stem of stems) if (stem !== '') trie.add(stem, entity.id);
  }
  compiled.set(pack, trie);
  return trie;
}

/** Mention spans of all entities, sorted by start, for overlap checks. */
function mentionSpans(entities: readonly EntityResult[]): Span[] {
  return entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start);
}

/** Does [start, end) overlap one of `spans` (sorted by start, not overlapping each other)? */
function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  // The first span that ends after `start`… starts before `end`.
  const first = firstNotBefore(spans.length, (i) => spans[i]!.end <= start);
  return (spans[first]?.start ?? Infinity) < end;
}

/** `scanned`: the pack's lexicon walked over `folded` already (see analyze.ts). */
export function findAdjectives(folded: string, pack: Pack, entities: readonly EntityResult[], scanned?: ScannedText): AdjectiveMentions {
  const found = new Map<string, Span[]>();
  // Only needed at a stem, and most texts have none.
  let taken: Span[] | null = null;
  walksOf(compileAdjectives(pack), folded, scanned)((hits, start) => {
    // The longest stem names the entity; the mention is the whole word.
    const hit = hits[hits.length - 1];
    if (hit === undefined) return start + 1;
    let end = hit.end;
    while (isSpacedWordAt(folded, end)) end++;
    if (overlaps((taken ??= mentionSpans(entities)), start, end)) return end;
    for (const id of new Set(hit.values)) {
      const spans = found.get(id) ?? [];
      spans.push({ start, end });
      found.set(id, spans);
    }
    return end;
  });
  return found;
}
