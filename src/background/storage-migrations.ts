/**
 * Stored data outlives the code that wrote it (browser restarts, extension updates),
 * so storage carries a version and each update migrates it forward, step by step.
 * Pure: takes what storage.local holds and returns the keys to write.
 */
import { STORAGE, readSettings } from '../shared/settings.ts';

export const STORAGE_VERSION = 1;
export const VERSION_KEY = 'storageVersion';

type Stored = Record<string, unknown>;

/** STEPS[n] turns version n into n + 1. */
const STEPS: ((stored: Stored) => Stored)[] = [
  // 0 → 1: before versioning, settings could lack fields and imported packs were kept
  // bare. Settings get their defaults; each pack is wrapped with its install time.
  (stored) => {
    const patch: Stored = { [STORAGE.settings]: readSettings(stored[STORAGE.settings]) };
    const packs = stored[STORAGE.userPacks];
    if (typeof packs === 'object' && packs !== null) {
      patch[STORAGE.userPacks] = Object.fromEntries(
        Object.entries(packs as Record<string, unknown>).map(([id, entry]) => [
          id,
          isWrapped(entry) ? entry : { pack: entry, installedAt: new Date(0).toISOString() },
        ]),
      );
    }
    return patch;
  },
];

function isWrapped(entry: unknown): boolean {
  return typeof entry === 'object' && entry !== null && 'pack' in entry && 'installedAt' in entry;
}

/**
 * The keys to write to bring `stored` to STORAGE_VERSION, or null when nothing is to be
 * done: already current, or written by a newer version of Sidelight (after a downgrade
 * the data is left as it is rather than destroyed).
 */
export function migrateStorage(stored: Stored): Stored | null {
  const from = typeof stored[VERSION_KEY] === 'number' ? (stored[VERSION_KEY] as number) : 0;
  if (from >= STORAGE_VERSION) return null;
  let current = { ...stored };
  let patch: Stored = {};
  for (let v = from; v < STORAGE_VERSION; v++) {
    const step = STEPS[v]!(current);
    current = { ...current, ...step };
    patch = { ...patch, ...step };
  }
  return { ...patch, [VERSION_KEY]: STORAGE_VERSION };
}
