import { useState } from 'preact/hooks';
import type { FactResult } from '../engine/types.ts';
import { formatDate } from './dates.ts';
import { SourceList } from './SourceList.tsx';

/**
 * The incident's record by date. ISO dates of any precision sort correctly as
 * strings ("2022" < "2022-07" < "2022-07-15"); the sort is stable, so facts on
 * one date keep the pack's order.
 */
export function TimelineSection({ facts }: { facts: FactResult[] }) {
  const [onlyInArticle, setOnlyInArticle] = useState(false);
  const sorted = [...facts].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const shown = onlyInArticle ? sorted.filter((f) => f.inArticle) : sorted;
  const mentioned = facts.filter((f) => f.inArticle).length;

  return (
    <div class="sl-section">
      <p class="sl-section__intro">
        {facts.length} {facts.length === 1 ? 'fact' : 'facts'} on the record; this article mentions {mentioned}.
      </p>
      <label class="sl-check">
        <input
          type="checkbox"
          checked={onlyInArticle}
          onChange={(e) => setOnlyInArticle(e.currentTarget.checked)}
        />{' '}
        Only what this article mentions
      </label>
      {shown.length === 0 ? (
        <p class="sl-empty">No fact of the record is mentioned in this article.</p>
      ) : (
        <ol class="sl-timeline">
          {shown.map((fact) => (
            <li key={fact.id} class={fact.inArticle ? 'sl-fact sl-fact--in-article' : 'sl-fact'}>
              <div class="sl-fact__meta">
                <time class="sl-fact__date" dateTime={fact.date}>{formatDate(fact.date)}</time>
                {fact.inArticle ? <span class="sl-badge sl-badge--in">In this article</span> : null}
              </div>
              <p class="sl-fact__text" dir="auto">{fact.text}</p>
              {fact.disputed ? (
                <p class="sl-disputed-note">
                  <strong>Disputed:</strong> {fact.disputed}
                </p>
              ) : null}
              <SourceList sources={fact.sources} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
