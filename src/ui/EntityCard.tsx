import { useEffect, useId, useRef } from 'preact/hooks';
import type { Analysis } from '../engine/types.ts';
import type { Claim, EntityType, Pack } from '../pack/types.ts';
import { Claimants } from './Claimants.tsx';
import { formatDate } from './dates.ts';
import { entityLookup, type EntityLookup } from './names.ts';
import type { PanelSide } from './Panel.tsx';
import { SourceList } from './SourceList.tsx';

export interface EntityCardProps {
  entityId: string;
  analysis: Analysis;
  pack: Pack;
  onClose(): void;
  /** Another entity named in the card was chosen (the caller swaps the card). */
  onSelectEntity(id: string): void;
  /** Which side the panel is on, so the card floats beside it; defaults to 'right'. */
  side?: PanelSide;
}

const TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organisation',
  place: 'Place',
  system: 'System',
};

/**
 * Who this is: a non-modal dialog. It takes focus when it opens (and when it
 * switches to another entity) so keyboard and screen-reader users land in it;
 * the caller returns focus to where it came from on close.
 */
export function EntityCard({ entityId, analysis, pack, onClose, onSelectEntity, side = 'right' }: EntityCardProps) {
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.focus();
  }, [entityId]);

  const lookup = entityLookup(analysis, pack);
  const entity = pack.entities.find((e) => e.id === entityId);
  const found = analysis.entities.find((e) => e.id === entityId);
  const name = entity?.name ?? found?.name ?? entityId;
  const type = entity?.type ?? found?.type;
  const role = entity?.role ?? found?.role;
  const mentions = found?.mentions.length ?? 0;
  const quotesHere = analysis.quotes.filter((q) => q.speaker?.entityId === entityId);
  const onRecord = pack.quotes
    .filter((q) => q.speaker === entityId)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const claims = pack.claims.filter((c) => c.claimants.includes(entityId));
  const inArticle = claimsInArticle(analysis);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Stop here so an Escape meant for the card doesn't also close the panel behind it.
    event.stopPropagation();
    event.preventDefault();
    onClose();
  };

  return (
    <div
      ref={dialog}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      class={`sl-card sl-card--${side}`}
      onKeyDown={onKeyDown}
    >
      <header class="sl-card__header">
        <div>
          {type ? <p class="sl-card__type">{TYPE_LABELS[type]}</p> : null}
          <h2 id={titleId} class="sl-card__title">{name}</h2>
        </div>
        <button type="button" class="sl-icon-button" aria-label={`Close card: ${name}`} title="Close" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>

      <div class="sl-card__body">
        {role ? (
          <p class="sl-card__role">
            <span class="sl-card__label">At the time of the incident:</span> {role}
          </p>
        ) : null}
        {entity ? (
          <>
            <p class="sl-card__description" dir="auto">{entity.description}</p>
            <SourceList sources={entity.sources} withExcerpts />
          </>
        ) : (
          <p class="sl-empty">Sidelight has no description of this name on record.</p>
        )}

        <section class="sl-card__section" aria-labelledby={`${titleId}-here`}>
          <h3 id={`${titleId}-here`} class="sl-subheading">In this article</h3>
          <p>
            Named {mentions} {mentions === 1 ? 'time' : 'times'}
            {quotesHere.length > 0 ? `; quoted ${quotesHere.length} ${quotesHere.length === 1 ? 'time' : 'times'}:` : '; not quoted.'}
          </p>
          {quotesHere.length > 0 ? (
            <ul class="sl-quotes">
              {quotesHere.map((q) => (
                <li key={`${q.start}:${q.end}`} class="sl-quote">
                  <blockquote class="sl-quote__text" dir="auto">{q.text}</blockquote>
                </li>
              ))}
            </ul>
          ) : null}
        </section>

        {onRecord.length > 0 ? (
          <section class="sl-card__section" aria-labelledby={`${titleId}-record`}>
            <h3 id={`${titleId}-record`} class="sl-subheading">Also on the record</h3>
            <ul class="sl-quotes">
              {onRecord.map((q) => (
                <li key={q.id} class="sl-quote">
                  <blockquote class="sl-quote__text" lang={q.lang} dir="auto">{q.text}</blockquote>
                  <p class="sl-quote__meta">
                    <time dateTime={q.date}>{formatDate(q.date)}</time>
                    {q.context ? ` · ${q.context}` : null}
                  </p>
                  <SourceList sources={q.sources} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {claims.length > 0 ? (
          <section class="sl-card__section" aria-labelledby={`${titleId}-claims`}>
            <h3 id={`${titleId}-claims`} class="sl-subheading">Claims they make</h3>
            <ul class="sl-claims">
              {claims.map((claim) => (
                <li key={claim.id} class="sl-claim">
                  {inArticle.has(claim.id) ? (
                    <span class="sl-badge sl-badge--in">Reported in this article</span>
                  ) : (
                    <span class="sl-badge sl-badge--out">Not in this article</span>
                  )}
                  <p class="sl-claim__text" dir="auto">{claim.text}</p>
                  <ClaimRelations claim={claim} pack={pack} lookup={lookup} onSelectEntity={onSelectEntity} />
                  <SourceList sources={claim.sources} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </div>
  );
}

/** Ids of the pack claims this article makes or reports (directly or as a counterclaim). */
function claimsInArticle(analysis: Analysis): Set<string> {
  const ids = new Set<string>();
  for (const claim of analysis.claims) {
    ids.add(claim.id);
    for (const counter of claim.counterclaims) if (counter.inArticle) ids.add(counter.id);
  }
  return ids;
}

interface ClaimRelationsProps {
  claim: Claim;
  pack: Pack;
  lookup: EntityLookup;
  onSelectEntity(id: string): void;
}

/** How a claim stands against the others: what it disputes or supports, and what disputes or supports it. */
function ClaimRelations({ claim, pack, lookup, onSelectEntity }: ClaimRelationsProps) {
  const byId = new Map(pack.claims.map((c) => [c.id, c]));
  const pick = (ids: string[] | undefined) =>
    (ids ?? []).map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined);
  const relations: { label: string; claims: Claim[] }[] = [
    { label: 'Disputes', claims: pick(claim.disputes) },
    { label: 'Supports', claims: pick(claim.supports) },
    { label: 'Disputed by', claims: pack.claims.filter((c) => c.disputes?.includes(claim.id)) },
    { label: 'Supported by', claims: pack.claims.filter((c) => c.supports?.includes(claim.id)) },
  ];
  const present = relations.filter((r) => r.claims.length > 0);
  if (present.length === 0) return null;
  return (
    <dl class="sl-relations">
      {present.map((relation) => (
        <div key={relation.label} class="sl-relation">
          <dt class="sl-relation__label">{relation.label}</dt>
          {relation.claims.map((other) => (
            <dd key={other.id} class="sl-relation__claim">
              <span>{other.text}</span>
              <Claimants label="—" ids={other.claimants} lookup={lookup} onSelectEntity={onSelectEntity} />
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}
