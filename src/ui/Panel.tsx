import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../engine/types.ts';
import type { Pack } from '../pack/types.ts';
import { DisputedSection } from './DisputedSection.tsx';
import { entityLookup } from './names.ts';
import { NamesSection } from './NamesSection.tsx';
import { SpeakersSection } from './SpeakersSection.tsx';
import { TimelineSection } from './TimelineSection.tsx';
import { WhySection } from './WhySection.tsx';

export type PanelSide = 'left' | 'right';

export interface PanelProps {
  analysis: Analysis;
  /** The pack the analysis was computed with. */
  pack: Pack;
  side: PanelSide;
  onClose(): void;
  onSideChange(side: PanelSide): void;
  onSelectEntity(id: string): void;
  onShowMention(id: string, index: number): void;
}

type TabId = 'timeline' | 'speakers' | 'disputed' | 'names';

const TAB_ORDER: TabId[] = ['timeline', 'speakers', 'disputed', 'names'];

const TAB_LABELS: Record<TabId, string> = {
  timeline: 'Timeline',
  speakers: 'Speakers',
  disputed: 'Disputed',
  names: 'Names',
};

/** The side sheet: header, then the record, who is speaking, what is disputed, and the names. */
export function Panel({ analysis, pack, side, onClose, onSideChange, onSelectEntity, onShowMention }: PanelProps) {
  const baseId = useId();
  const [tab, setTab] = useState<TabId>('timeline');
  const tabRefs = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({});
  const lookup = entityLookup(analysis, pack);
  const title = analysis.incident?.title ?? pack.title;
  const otherSide: PanelSide = side === 'right' ? 'left' : 'right';

  const counts: Record<TabId, number> = {
    timeline: analysis.facts.filter((f) => f.inArticle).length,
    speakers: analysis.quotes.length,
    disputed: analysis.claims.length,
    names: analysis.entities.filter((e) => e.mentions.length > 0).length,
  };

  const select = (next: TabId) => {
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  // Arrow keys move between tabs (WAI-ARIA tabs pattern, automatic activation).
  const onTabKeyDown = (event: KeyboardEvent) => {
    const at = TAB_ORDER.indexOf(tab);
    const last = TAB_ORDER.length - 1;
    const target =
      event.key === 'ArrowRight' ? TAB_ORDER[at === last ? 0 : at + 1]
      : event.key === 'ArrowLeft' ? TAB_ORDER[at === 0 ? last : at - 1]
      : event.key === 'Home' ? TAB_ORDER[0]
      : event.key === 'End' ? TAB_ORDER[last]
      : undefined;
    if (target === undefined) return;
    event.preventDefault();
    select(target);
  };

  // Every section stays mounted (hidden when not selected) so its state, such as
  // the mention a name was stepped to, survives switching tabs.
  const sections: Record<TabId, ComponentChildren> = {
    timeline: <TimelineSection facts={analysis.facts} />,
    speakers: <SpeakersSection quotes={analysis.quotes} lookup={lookup} onSelectEntity={onSelectEntity} />,
    disputed: <DisputedSection claims={analysis.claims} lookup={lookup} onSelectEntity={onSelectEntity} />,
    names: <NamesSection entities={analysis.entities} onSelectEntity={onSelectEntity} onShowMention={onShowMention} />,
  };

  const tabId = (t: TabId) => `${baseId}-tab-${t}`;
  const panelId = (t: TabId) => `${baseId}-panel-${t}`;

  return (
    <aside class={`sl-panel sl-panel--${side}`} aria-labelledby={`${baseId}-title`}>
      <header class="sl-panel__header">
        <div class="sl-panel__bar">
          <span class="sl-brand">Sidelight</span>
          <span class="sl-panel__actions">
            <button
              type="button"
              class="sl-icon-button"
              aria-label={`Move panel to the ${otherSide}`}
              title={`Move panel to the ${otherSide}`}
              onClick={() => onSideChange(otherSide)}
            >
              <span aria-hidden="true">{otherSide === 'left' ? '⇤' : '⇥'}</span>
            </button>
            <button
              type="button"
              class="sl-icon-button"
              aria-label="Close Sidelight panel"
              title="Close"
              onClick={onClose}
            >
              <span aria-hidden="true">×</span>
            </button>
          </span>
        </div>
        <h2 id={`${baseId}-title`} class="sl-panel__title">{title}</h2>
        <WhySection incident={analysis.incident} lookup={lookup} />
      </header>

      <div role="tablist" aria-label="Sidelight sections" class="sl-tabs" onKeyDown={onTabKeyDown}>
        {TAB_ORDER.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={tabId(t)}
            class="sl-tab"
            aria-selected={tab === t}
            aria-controls={panelId(t)}
            tabIndex={tab === t ? 0 : -1}
            ref={(el) => {
              tabRefs.current[t] = el;
            }}
            onClick={() => select(t)}
          >
            {TAB_LABELS[t]}
            <span class="sl-tab__count">{counts[t]}</span>
          </button>
        ))}
      </div>

      <div class="sl-panel__body">
        {TAB_ORDER.map((t) => (
          <div
            key={t}
            role="tabpanel"
            id={panelId(t)}
            aria-labelledby={tabId(t)}
            class="sl-tabpanel"
            hidden={tab !== t}
            tabIndex={0}
          >
            {sections[t]}
          </div>
        ))}
      </div>
    </aside>
  );
}
