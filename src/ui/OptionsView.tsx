import { useId, useState } from 'preact/hooks';
import type { InstalledPackInfo } from '../shared/messages.ts';
import type { PanelSide } from './Panel.tsx';
import { plural } from './plural.ts';

/** An installed pack as the options page lists it (the background's reply to 'packs/list'). */
export type InstalledPack = InstalledPackInfo;

export interface OptionsViewProps {
  packs: InstalledPack[];
  onPackEnabledChange(id: string, enabled: boolean): void;
  onExportPack(id: string): void;
  onRemovePack(id: string): void;
  onImport(file: File): void;
  /** Errors of the last import, one per line (file, path in it, problem). Empty when none. */
  importErrors: string[];
  /** Success message of the last import, e.g. "Installed “…” 1.2.0"; null when none. */
  importMessage: string | null;
  /** The optional "all sites" permission is granted. */
  allSites: boolean;
  onAllSitesChange(enabled: boolean): void;
  /** Sites where the reader turned Sidelight off. */
  disabledSites: string[];
  onRemoveDisabledSite(site: string): void;
  panelSide: PanelSide;
  onPanelSideChange(side: PanelSide): void;
}

/** The options page: packs, sites, panel. */
export function OptionsView(props: OptionsViewProps) {
  return (
    <main class="sl-options">
      <h1 class="sl-options__title">Sidelight options</h1>
      <PacksSection {...props} />
      <SitesSection {...props} />
      <PanelSection {...props} />
    </main>
  );
}

function PacksSection(props: OptionsViewProps) {
  const headingId = useId();
  const importId = useId();
  return (
    <section class="sl-options__section" aria-labelledby={headingId}>
      <h2 id={headingId}>Packs</h2>
      <p class="sl-options__help">
        A pack is what Sidelight knows about one incident. Every item in it cites its sources.
      </p>
      {props.packs.length === 0 ? (
        <p class="sl-empty">No pack installed.</p>
      ) : (
        <ul class="sl-packs">
          {props.packs.map((pack) => (
            <PackRow key={pack.id} pack={pack} {...props} />
          ))}
        </ul>
      )}
      <div class="sl-import">
        <label for={importId} class="sl-import__label">Import a pack (JSON)</label>
        <input
          id={importId}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            // Reset so choosing the same file again (after fixing it) fires a change.
            input.value = '';
            if (file) props.onImport(file);
          }}
        />
        {props.importErrors.length > 0 ? (
          <div class="sl-import__errors" role="alert">
            <p>The pack was not installed; your installed packs are unchanged.</p>
            <ul>
              {props.importErrors.map((error, i) => (
                <li key={i}>{error}</li>
              ))}
            </ul>
          </div>
        ) : props.importMessage ? (
          <p class="sl-import__ok" role="status">{props.importMessage}</p>
        ) : null}
      </div>
    </section>
  );
}

function PackRow({ pack, onPackEnabledChange, onExportPack, onRemovePack }: { pack: InstalledPack } & OptionsViewProps) {
  // Removing is irreversible for imported packs, so it asks once, inline.
  const [confirming, setConfirming] = useState(false);
  const { counts } = pack;
  return (
    <li class="sl-pack">
      <div class="sl-pack__head">
        <h3 class="sl-pack__title">{pack.title}</h3>
        <span class="sl-pack__version">{pack.version}</span>
        {pack.builtin ? <span class="sl-badge">Built in</span> : null}
      </div>
      <p class="sl-pack__counts">
        {[
          plural(counts.entities, 'entity', 'entities'),
          plural(counts.facts, 'fact', 'facts'),
          plural(counts.claims, 'claim', 'claims'),
          plural(counts.quotes, 'quotation', 'quotations'),
          plural(pack.sources, 'source', 'sources'),
        ].join(' · ')}
      </p>
      <div class="sl-pack__actions">
        <label class="sl-switch">
          <input
            type="checkbox"
            checked={pack.enabled}
            onChange={(e) => onPackEnabledChange(pack.id, e.currentTarget.checked)}
          />
          <span>Enabled</span>
        </label>
        <button type="button" class="sl-button" aria-label={`Export ${pack.title}`} onClick={() => onExportPack(pack.id)}>
          Export
        </button>
        {pack.builtin ? null : confirming ? (
          <span class="sl-pack__confirm">
            <button
              type="button"
              class="sl-button sl-button--danger"
              aria-label={`Remove ${pack.title} for good`}
              onClick={() => onRemovePack(pack.id)}
            >
              Remove for good
            </button>
            <button type="button" class="sl-button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" class="sl-button" aria-label={`Remove ${pack.title}`} onClick={() => setConfirming(true)}>
            Remove
          </button>
        )}
      </div>
    </li>
  );
}

function SitesSection(props: OptionsViewProps) {
  const headingId = useId();
  return (
    <section class="sl-options__section" aria-labelledby={headingId}>
      <h2 id={headingId}>Sites</h2>
      <label class="sl-switch">
        <input
          type="checkbox"
          checked={props.allSites}
          onChange={(e) => props.onAllSitesChange(e.currentTarget.checked)}
        />
        <span>Run automatically on all sites</span>
      </label>
      <p class="sl-options__help">
        Otherwise Sidelight runs by itself on a list of news sites, and on any other page when you ask it to
        from the toolbar button. Nothing about the pages you read leaves your browser.
      </p>
      <h3>Turned off on</h3>
      {props.disabledSites.length === 0 ? (
        <p class="sl-empty">No site.</p>
      ) : (
        <ul class="sl-sites">
          {props.disabledSites.map((site) => (
            <li key={site} class="sl-site">
              <span class="sl-site__name">{site}</span>
              <button
                type="button"
                class="sl-button"
                aria-label={`Turn back on for ${site}`}
                onClick={() => props.onRemoveDisabledSite(site)}
              >
                Turn back on
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PanelSection({ panelSide, onPanelSideChange }: OptionsViewProps) {
  const headingId = useId();
  const sides: { side: PanelSide; label: string }[] = [
    { side: 'right', label: 'Right' },
    { side: 'left', label: 'Left' },
  ];
  return (
    <section class="sl-options__section" aria-labelledby={headingId}>
      <h2 id={headingId}>Panel</h2>
      <fieldset class="sl-fieldset">
        <legend>Open the panel on the</legend>
        {sides.map(({ side, label }) => (
          <label key={side} class="sl-radio">
            <input
              type="radio"
              name="sl-panel-side"
              value={side}
              checked={panelSide === side}
              onChange={() => onPanelSideChange(side)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
