import type { QuoteResult } from '../engine/types.ts';
import type { EntityLookup } from './names.ts';

interface SpeakersSectionProps {
  quotes: QuoteResult[];
  lookup: EntityLookup;
  onSelectEntity(id: string): void;
}

/**
 * Every direct quotation in reading order: a reader checks "who said this?"
 * while going down the article, so article order beats grouping by speaker
 * (the entity card groups a speaker's quotes instead).
 */
export function SpeakersSection({ quotes, lookup, onSelectEntity }: SpeakersSectionProps) {
  if (quotes.length === 0) {
    return (
      <div class="sl-section">
        <p class="sl-empty">This article carries no direct quotation.</p>
      </div>
    );
  }
  const speakers = new Set(quotes.map((q) => q.speaker?.entityId ?? q.speaker?.name ?? null));
  speakers.delete(null);
  return (
    <div class="sl-section">
      <p class="sl-section__intro">
        {quotes.length} {quotes.length === 1 ? 'quotation' : 'quotations'} from {speakers.size}{' '}
        {speakers.size === 1 ? 'speaker' : 'speakers'}, in article order.
      </p>
      <ol class="sl-quotes">
        {quotes.map((quote) => (
          <li key={`${quote.start}:${quote.end}`} class="sl-quote">
            <blockquote class="sl-quote__text" dir="auto">{quote.text}</blockquote>
            <Attribution quote={quote} lookup={lookup} onSelectEntity={onSelectEntity} />
          </li>
        ))}
      </ol>
    </div>
  );
}

function Attribution({ quote, lookup, onSelectEntity }: { quote: QuoteResult } & Omit<SpeakersSectionProps, 'quotes'>) {
  const speaker = quote.speaker;
  if (!speaker) {
    return (
      <p class="sl-quote__speaker">
        <span class="sl-badge sl-badge--unknown">Speaker not identified</span>
      </p>
    );
  }
  const entityId = speaker.entityId;
  const info = entityId ? lookup(entityId) : null;
  // The article's own description of the speaker comes first: it is what the reader just read.
  const role = speaker.role ?? info?.role ?? null;
  return (
    <p class="sl-quote__speaker">
      <span aria-hidden="true">— </span>
      {entityId ? (
        <button type="button" class="sl-entity-link" onClick={() => onSelectEntity(entityId)}>
          {speaker.name}
        </button>
      ) : (
        <span class="sl-quote__name">{speaker.name}</span>
      )}
      {role ? <span class="sl-quote__role">, {role}</span> : null}
      {entityId ? null : <span class="sl-badge sl-badge--unknown">Not in the record</span>}
    </p>
  );
}
