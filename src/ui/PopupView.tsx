import { useId } from 'preact/hooks';
import type { MatchSummary } from '../shared/messages.ts';
import { plural } from './plural.ts';

export interface PopupViewProps {
  /** Host name of the current tab; null where Sidelight can't run (browser and store pages). */
  site: string | null;
  /** The current tab's match, or null when nothing known was found (or nothing ran yet). */
  match: MatchSummary | null;
  /** An on-demand analysis is running. */
  analysing: boolean;
  /** Automatic analysis is on for this site. */
  siteEnabled: boolean;
  onAnalyse(): void;
  onOpenPanel(): void;
  onSiteEnabledChange(enabled: boolean): void;
  /** Shown as a link-like button when given. */
  onOpenOptions?(): void;
}

/** The toolbar popup for the current tab. */
export function PopupView(props: PopupViewProps) {
  const { site, match, analysing, siteEnabled } = props;
  const titleId = useId();
  return (
    <main class="sl-popup">
      <h1 class="sl-popup__brand">Sidelight</h1>
      {site === null ? (
        <p class="sl-popup__status">Sidelight can’t read this page.</p>
      ) : match ? (
        <section class="sl-popup__match" aria-labelledby={titleId}>
          <p class="sl-popup__kicker">This page is about</p>
          <h2 id={titleId} class="sl-popup__title">{match.title}</h2>
          <p class="sl-popup__score">Match {Math.round(match.score * 100)}%</p>
          <ul class="sl-popup__counts">
            <li>{plural(match.counts.names, 'name', 'names')}</li>
            <li>{plural(match.counts.quotes, 'quotation', 'quotations')}</li>
            <li>{plural(match.counts.claims, 'disputed claim', 'disputed claims')}</li>
            <li>{plural(match.counts.facts, 'fact on the record', 'facts on the record')}</li>
          </ul>
          <button type="button" class="sl-button sl-button--primary" onClick={props.onOpenPanel}>
            Open the panel
          </button>
        </section>
      ) : (
        <section class="sl-popup__nomatch">
          <p class="sl-popup__status" role="status">
            {analysing ? 'Analysing this page…' : 'Nothing known on this page.'}
          </p>
          <button
            type="button"
            class="sl-button sl-button--primary"
            disabled={analysing}
            onClick={props.onAnalyse}
          >
            Analyse this page
          </button>
        </section>
      )}
      {site !== null ? (
        <label class="sl-switch">
          <input
            type="checkbox"
            checked={siteEnabled}
            onChange={(e) => props.onSiteEnabledChange(e.currentTarget.checked)}
          />
          <span>
            Run on this site <span class="sl-switch__site">({site})</span>
          </span>
        </label>
      ) : null}
      {props.onOpenOptions ? (
        <button type="button" class="sl-button sl-button--link" onClick={props.onOpenOptions}>
          Options
        </button>
      ) : null}
    </main>
  );
}
