import { useId, useState } from 'preact/hooks';
import type { IncidentMatch } from '../engine/types.ts';
import type { EntityLookup } from './names.ts';

interface WhySectionProps {
  incident: IncidentMatch | null;
  lookup: EntityLookup;
}

/** "Why am I seeing this?": the detection evidence, so the panel never appears unexplained. */
export function WhySection({ incident, lookup }: WhySectionProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div class="sl-why">
      <button
        type="button"
        class="sl-why__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        Why am I seeing this?
      </button>
      <div id={id} class="sl-why__body" hidden={!open}>
        {incident ? (
          <>
            <p>
              This page reads as an article about “{incident.title}” (match {Math.round(incident.score * 100)}%).
              It mentions:
            </p>
            <ul class="sl-why__evidence">
              {incident.evidence.map((ev) => (
                <li key={`${ev.term}:${ev.entityId ?? ''}`}>
                  <span class="sl-why__term">{ev.term}</span>
                  {ev.entityId && lookup(ev.entityId).name !== ev.term ? (
                    <span class="sl-why__entity"> ({lookup(ev.entityId).name})</span>
                  ) : null}
                  <span class="sl-why__count"> × {ev.count}</span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>You asked Sidelight to analyse this page; it does not clearly match a known incident.</p>
        )}
        <p class="sl-why__privacy">The analysis ran in your browser. Nothing about this page left it.</p>
      </div>
    </div>
  );
}
