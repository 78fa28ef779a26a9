/** Reader settings with defaults; stored in storage.local under `settings`. */
export interface Settings {
  /** Which side the panel opens on. */
  side: 'left' | 'right';
  /** Whether the panel opens by itself on a matched article (the reader's last choice; closed by default). */
  panelOpen: boolean;
  /** Hosts where the reader turned Sidelight off. */
  disabledSites: string[];
  /** Ids of the packs the reader disabled (built-in or imported). */
  disabledPacks: string[];
}

export const DEFAULT_SETTINGS: Settings = { side: 'right', panelOpen: false, disabledSites: [], disabledPacks: [] };

/** Merge stored (possibly older or partial) settings over the defaults. */
export function readSettings(stored: unknown): Settings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    side: s.side === 'left' || s.side === 'right' ? s.side : DEFAULT_SETTINGS.side,
    panelOpen: typeof s.panelOpen === 'boolean' ? s.panelOpen : DEFAULT_SETTINGS.panelOpen,
    disabledSites: Array.isArray(s.disabledSites) ? s.disabledSites.filter((x): x is string => typeof x === 'string') : [],
    disabledPacks: Array.isArray(s.disabledPacks) ? s.disabledPacks.filter((x): x is string => typeof x === 'string') : [],
  };
}

/** Storage keys, in one place. */
export const STORAGE = {
  settings: 'settings',
  /** [{ id, triggers }] of enabled packs, written by the background for the content script's prefilter. */
  prefilter: 'prefilter',
  /** Packs the reader imported: { [id]: { pack, installedAt } }. */
  userPacks: 'userPacks',
} as const;

export interface PrefilterEntry {
  id: string;
  triggers: string[];
}

/** The optional host permission behind "run on all sites". */
export const ALL_SITES = ['*://*/*'];
