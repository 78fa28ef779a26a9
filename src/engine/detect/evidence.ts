/**
 * What the pack says makes an article "about the incident", derived from the pack
 * data (cached per pack), never from hard-coded names:
 * - event terms with their weights (the pack's `eventTerms`, matched as whole
 *   words: the pack lists the inflected forms it wants);
 * - entity weights by type: a named system or person is specific, a place is not;
 * - the parties: the entities the pack's facts and claims name most (for the
 *   2022 pack: the MEK, Albania and Iran). An article about the incident names
 *   several of them, in sentences that also name an event.
 */
import type { EntityType, Pack } from '../../pack/types.ts';
import { TermIndex } from '../text/terms.ts';

/** Weight of one mention of an entity, by type. */
export const ENTITY_TYPE_WEIGHT: Readonly<Record<EntityType, number>> = {
  system: 0.6,
  person: 0.4,
  organization: 0.3,
  place: 0.1,
};

export interface EventTermInfo {
  /** The term as the pack spells it (the first spelling, for the same term in several languages). */
  term: string;
  weight: number;
}

export interface PackEvidence {
  eventIndex: TermIndex;
  /** By term id of `eventIndex`. */
  eventTerms: EventTermInfo[];
  parties: string[];
}

const PARTY_COUNT = 3;
const cache = new WeakMap<Pack, PackEvidence>();

function cueEntities(cues: readonly string[][]): string[] {
  return cues
    .flat()
    .flatMap((term) => term.split('|'))
    .map((alt) => alt.trim())
    .filter((alt) => alt.startsWith('@'))
    .map((alt) => alt.slice(1));
}

/** The PARTY_COUNT entities named by the most facts and claims (ties: pack order). */
function partiesOf(pack: Pack): string[] {
  const centrality = new Map<string, number>();
  const count = (ids: Iterable<string>): void => {
    for (const id of new Set(ids)) centrality.set(id, (centrality.get(id) ?? 0) + 1);
  };
  for (const fact of pack.facts) count([...(fact.entities ?? []), ...cueEntities(fact.cues)]);
  for (const claim of pack.claims) count([...claim.claimants, ...cueEntities(claim.cues)]);
  return pack.entities
    .map((entity, order) => ({ id: entity.id, order, score: centrality.get(entity.id) ?? 0 }))
    .filter((e) => e.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, PARTY_COUNT)
    .map((e) => e.id);
}

export function packEvidence(pack: Pack): PackEvidence {
  let evidence = cache.get(pack);
  if (evidence !== undefined) return evidence;
  const eventIndex = new TermIndex();
  const eventTerms: EventTermInfo[] = [];
  for (const { term, weight } of pack.eventTerms) {
    const id = eventIndex.add([term]);
    const known = eventTerms[id];
    if (known === undefined) eventTerms[id] = { term, weight };
    else known.weight = Math.max(known.weight, weight);
  }
  evidence = { eventIndex, eventTerms, parties: partiesOf(pack) };
  cache.set(pack, evidence);
  return evidence;
}
