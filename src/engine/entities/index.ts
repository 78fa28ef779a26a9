/**
 * Entities: every mention of a pack entity, found in one pass over the folded
 * text. Matches are word-boundary safe with Unicode letters ("Rama" is not in
 * "Ramadan", "Manëz" is one word), possessives come free ("Rama's": the apostrophe
 * ends the word, the mention is "Rama"), overlapping aliases resolve longest first
 * ("Edi Rama" over "Rama"), and ambiguous aliases follow the pack's rules.
 */
import type { Pack } from '../../pack/types.ts';
import { isWordEnd } from '../text/chars.ts';
import { walksOf, type ScannedText } from '../text/lexicon.ts';
import type { EntityResult, Span } from '../types.ts';
import { compileAliases, type AliasEntry } from './compile.ts';

interface Candidate extends Span {
  entry: AliasEntry;
}

/** Do the letters of `original` have the case of the letters of `alias` (whitespace aside)? */
function sameCase(original: string, alias: string): boolean {
  const a = original.replace(/\s+/g, '');
  const b = alias.replace(/\s+/g, '');
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charAt(i);
    const y = b.charAt(i);
    if ((x !== x.toLowerCase()) !== (y !== y.toLowerCase())) return false;
  }
  return true;
}

/** The first entry whose case rule the text at [start, end) passes. */
function firstAllowed(entries: readonly AliasEntry[], text: string, start: number, end: number): AliasEntry | undefined {
  // Most aliases take any case: read the original text only for those that do not.
  let original: string | null = null;
  return entries.find((e) => e.caseForms === null || e.caseForms.some((form) => sameCase((original ??= text.slice(start, end)), form)));
}

/** Longest alias at each word start that ends at a word boundary and passes its case rule. */
function scanCandidates(text: string, folded: string, pack: Pack, scanned?: ScannedText): Candidate[] {
  const found: Candidate[] = [];
  walksOf(compileAliases(pack), folded, scanned)((hits, start) => {
    for (let h = hits.length - 1; h >= 0; h--) {
      const hit = hits[h];
      if (hit === undefined || !isWordEnd(folded, hit.end)) continue;
      // Two entities with one alias: the first in pack order wins (pack authors should avoid it).
      const entry = firstAllowed(hit.values, text, hit.start, hit.end);
      if (entry !== undefined) {
        found.push({ start: hit.start, end: hit.end, entry });
        return hit.end;
      }
    }
    return start + 1;
  });
  return found;
}

/**
 * Keep a `requires` alias only when one of its required entities is mentioned by
 * an unambiguous alias — for the entity itself, before this mention ("Rama" only
 * after "Edi Rama"), for another entity anywhere in the text.
 */
function applyRequires(candidates: readonly Candidate[]): Candidate[] {
  const firstUnambiguous = new Map<string, number>();
  for (const c of candidates) {
    if (c.entry.requires === null && !firstUnambiguous.has(c.entry.entity.id)) firstUnambiguous.set(c.entry.entity.id, c.start);
  }
  return candidates.filter(({ entry, start }) =>
    entry.requires === null ||
    entry.requires.some((id) => {
      const first = firstUnambiguous.get(id);
      return first !== undefined && (id !== entry.entity.id || first < start);
    }),
  );
}

/**
 * The pack's entities mentioned in `text` (`folded` = fold(text)), in order of
 * first mention, each with its mentions in text order. `scanned`: the pack's
 * lexicon walked over `folded` already (see analyze.ts).
 */
export function findEntities(text: string, folded: string, pack: Pack, scanned?: ScannedText): EntityResult[] {
  const byId = new Map<string, EntityResult>();
  for (const { entry, start, end } of applyRequires(scanCandidates(text, folded, pack, scanned))) {
    const { id, name, type, role } = entry.entity;
    let result = byId.get(id);
    if (result === undefined) byId.set(id, (result = { id, name, type, role, mentions: [] }));
    result.mentions.push({ start, end });
  }
  return [...byId.values()];
}
