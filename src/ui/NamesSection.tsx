import { useState } from 'preact/hooks';
import type { EntityResult } from '../engine/types.ts';
import type { EntityType } from '../pack/types.ts';

interface NamesSectionProps {
  entities: EntityResult[];
  onSelectEntity(id: string): void;
  onShowMention(id: string, index: number): void;
}

const GROUPS: { type: EntityType; heading: string }[] = [
  { type: 'person', heading: 'People' },
  { type: 'organization', heading: 'Organisations' },
  { type: 'place', heading: 'Places' },
  { type: 'system', heading: 'Systems' },
];

function firstMention(entity: EntityResult): number {
  return entity.mentions.reduce((min, m) => Math.min(min, m.start), Number.POSITIVE_INFINITY);
}

/**
 * Highlights painted with the CSS Highlight API are invisible to keyboards and
 * screen readers, so every highlighted name is also here as a real button, with
 * controls that step through its mentions in the page.
 */
export function NamesSection({ entities, onSelectEntity, onShowMention }: NamesSectionProps) {
  // Which mention of each entity was shown last; absent until the reader steps through it.
  const [current, setCurrent] = useState<Record<string, number>>({});
  const highlighted = entities
    .filter((e) => e.mentions.length > 0)
    .sort((a, b) => firstMention(a) - firstMention(b));

  if (highlighted.length === 0) {
    return (
      <div class="sl-section">
        <p class="sl-empty">No name on the record appears in this article.</p>
      </div>
    );
  }

  const step = (entity: EntityResult, delta: 1 | -1) => {
    const count = entity.mentions.length;
    const last = current[entity.id];
    const index = last === undefined ? (delta === 1 ? 0 : count - 1) : (last + delta + count) % count;
    setCurrent({ ...current, [entity.id]: index });
    onShowMention(entity.id, index);
  };

  return (
    <div class="sl-section">
      <p class="sl-section__intro">Names in order of first appearance. Choose one for who they are.</p>
      {GROUPS.map(({ type, heading }) => {
        const group = highlighted.filter((e) => e.type === type);
        if (group.length === 0) return null;
        return (
          <section key={type} class="sl-names-group" aria-label={heading}>
            <h3 class="sl-subheading">{heading}</h3>
            <ul class="sl-names">
              {group.map((entity) => {
                const count = entity.mentions.length;
                const index = current[entity.id];
                return (
                  <li key={entity.id} class="sl-name">
                    <button type="button" class="sl-name__open" onClick={() => onSelectEntity(entity.id)}>
                      <span class="sl-name__label">{entity.name}</span>
                      <span class="sl-name__count">
                        {count}
                        <span class="sl-sr"> {count === 1 ? 'mention' : 'mentions'}</span>
                      </span>
                    </button>
                    <span class="sl-name__nav">
                      <button
                        type="button"
                        class="sl-icon-button"
                        aria-label={`Previous mention of ${entity.name}`}
                        onClick={() => step(entity, -1)}
                      >
                        <span aria-hidden="true">‹</span>
                      </button>
                      <span class="sl-name__position" aria-live="polite">
                        {index === undefined ? '' : `${index + 1}/${count}`}
                      </span>
                      <button
                        type="button"
                        class="sl-icon-button"
                        aria-label={`Next mention of ${entity.name}`}
                        onClick={() => step(entity, 1)}
                      >
                        <span aria-hidden="true">›</span>
                      </button>
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
