/**
 * Facts: the incident's timeline in date order, each marked `inArticle` when a
 * sentence of the article matches one of its cues. ISO dates of mixed precision
 * sort as strings ("2022-07" before "2022-07-15"); equal dates keep pack order.
 */
import type { Pack } from '../../pack/types.ts';
import type { CueMatcher } from '../cues/index.ts';
import type { FactResult } from '../types.ts';

export function findFacts(pack: Pack, cues: CueMatcher): FactResult[] {
  return [...pack.facts]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((fact) => ({
      id: fact.id,
      date: fact.date,
      text: fact.text,
      inArticle: cues.sentencesMatching(fact.cues).length > 0,
      ...(fact.disputed !== undefined ? { disputed: fact.disputed } : {}),
      sources: fact.sources,
    }));
}
