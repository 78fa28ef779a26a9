/**
 * Lazily loaded with the first match: Preact, the components and the panel CSS.
 * The session keeps the state and re-renders this composition on every change.
 */
import { render } from 'preact';
import type { Analysis } from '../engine/types.ts';
import type { Pack } from '../pack/types.ts';
import { EntityCard } from '../ui/EntityCard.tsx';
import { Launcher } from '../ui/Launcher.tsx';
import { Panel, type PanelSide } from '../ui/Panel.tsx';
import css from '../ui/panel.css?inline';

export const PANEL_CSS = css;

export interface PageUiProps {
  analysis: Analysis;
  pack: Pack;
  open: boolean;
  side: PanelSide;
  cardEntityId: string | null;
  onToggle(): void;
  onSideChange(side: PanelSide): void;
  onSelectEntity(id: string): void;
  onCloseCard(): void;
  onShowMention(id: string, index: number): void;
}

export interface PageUi {
  render(props: PageUiProps): void;
  unmount(): void;
}

function PageApp(props: PageUiProps) {
  const { analysis, pack, open, side, cardEntityId } = props;
  return (
    <>
      <Launcher count={analysis.entities.length} open={open} side={side} onToggle={props.onToggle} />
      {open && (
        <Panel
          analysis={analysis}
          pack={pack}
          side={side}
          onClose={props.onToggle}
          onSideChange={props.onSideChange}
          onSelectEntity={props.onSelectEntity}
          onShowMention={props.onShowMention}
        />
      )}
      {cardEntityId !== null && (
        <EntityCard
          key={cardEntityId}
          entityId={cardEntityId}
          analysis={analysis}
          pack={pack}
          side={side}
          onClose={props.onCloseCard}
          onSelectEntity={props.onSelectEntity}
        />
      )}
    </>
  );
}

export function mountPageUi(mount: HTMLElement): PageUi {
  return {
    render: (props) => render(<PageApp {...props} />, mount),
    unmount: () => render(null, mount),
  };
}
