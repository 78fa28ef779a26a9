import type { EntityLookup } from './names.ts';

interface ClaimantsProps {
  label: string;
  ids: string[];
  lookup: EntityLookup;
  onSelectEntity(id: string): void;
}

/** "Claimed by: Albania, United States" — each known claimant opens its card. */
export function Claimants({ label, ids, lookup, onSelectEntity }: ClaimantsProps) {
  if (ids.length === 0) return null;
  return (
    <p class="sl-claimants">
      <span class="sl-claimants__label">{label}</span>{' '}
      {ids.map((id, i) => {
        const info = lookup(id);
        return (
          <span key={id}>
            {i > 0 ? ', ' : null}
            {info.known ? (
              <button type="button" class="sl-entity-link" onClick={() => onSelectEntity(id)}>
                {info.name}
              </button>
            ) : (
              <span>{info.name}</span>
            )}
          </span>
        );
      })}
    </p>
  );
}
