import type { PanelSide } from './Panel.tsx';

export interface LauncherProps {
  /** How many names are highlighted in the article. */
  count: number;
  open: boolean;
  onToggle(): void;
  /** The corner it sits in follows the panel's side; defaults to 'right'. */
  side?: PanelSide;
}

/** The quiet way in: a small button that opens and closes the panel. */
export function Launcher({ count, open, onToggle, side = 'right' }: LauncherProps) {
  return (
    <button
      type="button"
      class={`sl-launcher sl-launcher--${side}${open ? ' sl-launcher--open' : ''}`}
      aria-expanded={open}
      title={open ? 'Close the Sidelight panel' : 'Open the Sidelight panel'}
      onClick={onToggle}
    >
      <span class="sl-launcher__mark" aria-hidden="true" />
      Sidelight · {count} {count === 1 ? 'name' : 'names'}
    </button>
  );
}
