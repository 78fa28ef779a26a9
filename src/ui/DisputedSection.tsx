import type { ClaimResult } from '../engine/types.ts';
import { Claimants } from './Claimants.tsx';
import type { EntityLookup } from './names.ts';
import { SourceList } from './SourceList.tsx';

interface DisputedSectionProps {
  claims: ClaimResult[];
  lookup: EntityLookup;
  onSelectEntity(id: string): void;
}

/**
 * Each claim the article makes or reports, with what the other parties say
 * against it. The "not in this article" badge is the point of the section: it
 * shows the side of the story the article leaves out.
 */
export function DisputedSection({ claims, lookup, onSelectEntity }: DisputedSectionProps) {
  if (claims.length === 0) {
    return (
      <div class="sl-section">
        <p class="sl-empty">This article makes none of the disputed claims on the record.</p>
      </div>
    );
  }
  const omitted = claims.reduce((n, c) => n + c.counterclaims.filter((cc) => !cc.inArticle).length, 0);
  return (
    <div class="sl-section">
      <p class="sl-section__intro">
        {claims.length} {claims.length === 1 ? 'claim' : 'claims'} in this article;{' '}
        {omitted} {omitted === 1 ? 'counterclaim is' : 'counterclaims are'} not reported in it.
      </p>
      <ol class="sl-claims">
        {claims.map((claim) => (
          <li key={claim.id} class="sl-claim" data-claim={claim.id}>
            <p class="sl-claim__text" dir="auto">{claim.text}</p>
            <Claimants label="Claimed by" ids={claim.claimants} lookup={lookup} onSelectEntity={onSelectEntity} />
            <SourceList sources={claim.sources} />
            {claim.counterclaims.length === 0 ? (
              <p class="sl-empty">No counterclaim on the record.</p>
            ) : (
              <ul class="sl-counterclaims" aria-label={`Counterclaims to: ${claim.text}`}>
                {claim.counterclaims.map((counter) => (
                  <li key={counter.id} class="sl-counterclaim" data-counterclaim={counter.id}>
                    {counter.inArticle ? (
                      <span class="sl-badge sl-badge--in">Reported in this article</span>
                    ) : (
                      <span class="sl-badge sl-badge--out">Not in this article</span>
                    )}
                    <p class="sl-counterclaim__text" dir="auto">{counter.text}</p>
                    <Claimants label="Claimed by" ids={counter.claimants} lookup={lookup} onSelectEntity={onSelectEntity} />
                    <SourceList sources={counter.sources} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
