/**
 * Claim scoring against the corpus tags.
 * - Recall per tag: of the incident records carrying the tag, how many got one of its pack
 *   claims; for those, whether the claim came with counterclaims. Claims are offered only on
 *   pages about the incident, so a tag on a not_incident or borderline record (the 2021
 *   troll-farm story, say) is not something the engine should find there.
 * - False offers: a claim offered on a not_incident record, or on an incident record that
 *   lacks every tag the claim stands for. Claims that stand for no tag, and anything
 *   offered on borderline records, cannot be judged and are counted apart.
 *   Rate = false offers / judged offers.
 */
import type { Label } from './corpus.ts';

export interface OfferedClaim {
  id: string;
  counterclaims: number;
}

export interface ClaimItem {
  id: string;
  lang: string;
  label: Label;
  tags: readonly string[];
  offered: readonly OfferedClaim[];
}

export interface TagScore {
  tag: string;
  /** The tag's pack claims that exist in the pack; [] means "no pack claim". */
  claimIds: string[];
  tagged: number;
  found: number;
  recall: number;
  withCounterclaims: number;
  missedIds: string[];
}

export interface FalseOffer {
  record: string;
  claim: string;
  reason: 'not_incident' | 'untagged';
}

export interface ClaimScore {
  tags: TagScore[];
  /** Over tags that have a pack claim. */
  recall: { tagged: number; found: number; value: number };
  offers: { total: number; judged: number; unjudged: number; falseOffers: FalseOffer[]; rate: number };
}

/** The claim ids that stand for `tag`, limited to those the pack has. */
function claimsFor(tag: string, mapping: Readonly<Record<string, readonly string[]>>, packClaims: ReadonlySet<string>): string[] {
  return (mapping[tag] ?? []).filter((id) => packClaims.has(id));
}

export function scoreClaims(
  items: readonly ClaimItem[],
  mapping: Readonly<Record<string, readonly string[]>>,
  packClaims: ReadonlySet<string>,
): ClaimScore {
  const allTags = [...new Set([...Object.keys(mapping), ...items.flatMap((i) => i.tags)])].sort();
  const tags: TagScore[] = allTags.map((tag) => {
    const claimIds = claimsFor(tag, mapping, packClaims);
    let tagged = 0;
    let found = 0;
    let withCounterclaims = 0;
    const missedIds: string[] = [];
    for (const item of items) {
      if (item.label !== 'incident' || !item.tags.includes(tag)) continue;
      tagged++;
      const hits = item.offered.filter((c) => claimIds.includes(c.id));
      if (hits.length > 0) {
        found++;
        if (hits.some((c) => c.counterclaims > 0)) withCounterclaims++;
      } else if (claimIds.length > 0) {
        missedIds.push(item.id);
      }
    }
    const recall = claimIds.length === 0 || tagged === 0 ? 1 : found / tagged;
    return { tag, claimIds, tagged, found, recall, withCounterclaims, missedIds };
  });

  const scorable = tags.filter((t) => t.claimIds.length > 0);
  const tagged = scorable.reduce((n, t) => n + t.tagged, 0);
  const found = scorable.reduce((n, t) => n + t.found, 0);

  const tagsOfClaim = new Map<string, string[]>();
  for (const [tag, ids] of Object.entries(mapping)) {
    for (const id of ids) tagsOfClaim.set(id, [...(tagsOfClaim.get(id) ?? []), tag]);
  }
  let total = 0;
  let judged = 0;
  const falseOffers: FalseOffer[] = [];
  for (const item of items) {
    for (const claim of item.offered) {
      total++;
      if (item.label === 'not_incident') {
        judged++;
        falseOffers.push({ record: item.id, claim: claim.id, reason: 'not_incident' });
        continue;
      }
      const standsFor = tagsOfClaim.get(claim.id) ?? [];
      if (item.label === 'borderline' || standsFor.length === 0) continue;
      judged++;
      if (!standsFor.some((t) => item.tags.includes(t))) falseOffers.push({ record: item.id, claim: claim.id, reason: 'untagged' });
    }
  }
  return {
    tags,
    recall: { tagged, found, value: tagged === 0 ? 1 : found / tagged },
    offers: { total, judged, unjudged: total - judged, falseOffers, rate: judged === 0 ? 0 : falseOffers.length / judged },
  };
}
