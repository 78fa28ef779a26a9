/**
 * Claims: the pack claims this article makes or reports (a sentence matches one of
 * the claim's cues), each with its counterclaims from the pack's claim graph.
 *
 * Counterclaims of claim X, in this order:
 * 1. claims that dispute X, and claims X disputes (a dispute is symmetric for the reader);
 * 2. claims that support one of those (they argue against X too), unless they also support X.
 * Each is marked `inArticle` when the article itself makes it. A claim the article
 * does not make gets no entry at all, so no counterclaim is offered for it.
 */
import type { Claim, Pack } from '../../pack/types.ts';
import type { CueMatcher } from '../cues/index.ts';
import type { TextDoc } from '../text/prepare.ts';
import type { ClaimResult, Counterclaim, Span } from '../types.ts';

function counterclaimsOf(claim: Claim, claims: readonly Claim[]): Claim[] {
  const direct = claims.filter(
    (other) => other.id !== claim.id && ((claim.disputes ?? []).includes(other.id) || (other.disputes ?? []).includes(claim.id)),
  );
  const directIds = new Set(direct.map((c) => c.id));
  const supporters = claims.filter(
    (other) =>
      other.id !== claim.id &&
      !directIds.has(other.id) &&
      !(other.supports ?? []).includes(claim.id) &&
      (other.supports ?? []).some((id) => directIds.has(id)),
  );
  return [...direct, ...supporters];
}

export function findClaims(doc: TextDoc, pack: Pack, cues: CueMatcher): ClaimResult[] {
  const mentions = new Map<string, Span[]>();
  for (const claim of pack.claims) {
    const sentences = cues.sentencesMatching(claim.cues);
    const spans = sentences.flatMap((i) => doc.sentences[i] ?? []).map(({ start, end }) => ({ start, end }));
    if (spans.length > 0) mentions.set(claim.id, spans);
  }
  const results: ClaimResult[] = [];
  for (const claim of pack.claims) {
    const spans = mentions.get(claim.id);
    if (spans === undefined) continue;
    const counterclaims: Counterclaim[] = counterclaimsOf(claim, pack.claims).map((other) => ({
      id: other.id,
      text: other.text,
      claimants: [...other.claimants],
      inArticle: mentions.has(other.id),
      sources: other.sources,
    }));
    results.push({ id: claim.id, text: claim.text, claimants: [...claim.claimants], mentions: spans, counterclaims, sources: claim.sources });
  }
  // The order the reader meets them in.
  return results.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
