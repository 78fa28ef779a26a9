/**
 * Installed packs: the built-in ones (in the bundle, never lost) and the reader's
 * imports (storage.local). An import is validated in full before anything is written,
 * and the write is a single storage.set, so a failed import changes nothing and a
 * newer version replaces the old one at once. A user pack with a built-in pack's id
 * overrides it while installed; removing it brings the built-in one back.
 */
import browser from 'webextension-polyfill';
import { builtinPacks } from '../pack/builtin.ts';
import type { Pack } from '../pack/types.ts';
import { formatPackError, validatePack } from '../pack/validate.ts';
import { compareVersions } from '../pack/version.ts';
import type { InstalledPackInfo, ImportResult } from '../shared/messages.ts';
import { loadSettings, updateSettings } from '../shared/settings-store.ts';
import { STORAGE } from '../shared/settings.ts';

interface StoredPack {
  pack: Pack;
  installedAt: string;
}

type UserPacks = Record<string, StoredPack>;

async function userPacks(): Promise<UserPacks> {
  const stored = (await browser.storage.local.get(STORAGE.userPacks))[STORAGE.userPacks];
  return typeof stored === 'object' && stored !== null ? (stored as UserPacks) : {};
}

/** Every installed pack, a user pack taking the place of a built-in one with its id. */
async function allPacks(): Promise<{ pack: Pack; builtin: boolean }[]> {
  const users = await userPacks();
  const list = builtinPacks.filter((p) => !users[p.id]).map((pack) => ({ pack, builtin: true }));
  for (const { pack } of Object.values(users)) list.push({ pack, builtin: false });
  return list;
}

export async function enabledPacks(): Promise<Pack[]> {
  const { disabledPacks } = await loadSettings();
  return (await allPacks()).map((p) => p.pack).filter((p) => !disabledPacks.includes(p.id));
}

export async function listPacks(): Promise<InstalledPackInfo[]> {
  const { disabledPacks } = await loadSettings();
  return (await allPacks()).map(({ pack, builtin }) => ({
    id: pack.id,
    title: pack.title,
    version: pack.version,
    builtin,
    enabled: !disabledPacks.includes(pack.id),
    counts: {
      entities: pack.entities.length,
      facts: pack.facts.length,
      claims: pack.claims.length,
      quotes: pack.quotes.length,
    },
    sources: countSources(pack),
  }));
}

function countSources(pack: Pack): number {
  const urls = new Set<string>();
  for (const list of [pack.entities, pack.facts, pack.claims, pack.quotes]) {
    for (const item of list) for (const s of item.sources) urls.add(s.url);
  }
  return urls.size;
}

export async function importPack(text: string, file: string): Promise<ImportResult> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${file}: not valid JSON (${(error as Error).message})`] };
  }
  const result = validatePack(data, file);
  if (!result.ok) return { ok: false, errors: result.errors.map(formatPackError) };
  const { pack } = result;
  const users = await userPacks();
  const installed = users[pack.id]?.pack ?? builtinPacks.find((p) => p.id === pack.id);
  if (installed && compareVersions(pack.version, installed.version) <= 0) {
    return {
      ok: false,
      errors: [`${file}: version ${pack.version} is not newer than the installed ${installed.version} of “${installed.title}”`],
    };
  }
  await browser.storage.local.set({
    [STORAGE.userPacks]: { ...users, [pack.id]: { pack, installedAt: new Date().toISOString() } },
  });
  return { ok: true, message: `Installed “${pack.title}” ${pack.version}` };
}

export async function removePack(id: string): Promise<void> {
  const { [id]: _removed, ...rest } = await userPacks();
  await browser.storage.local.set({ [STORAGE.userPacks]: rest });
  // A built-in pack of that id comes back as it was; an imported one re-imported later starts enabled.
  if (!builtinPacks.some((p) => p.id === id)) await setPackEnabled(id, true);
}

export async function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  const { disabledPacks } = await loadSettings();
  const rest = disabledPacks.filter((p) => p !== id);
  await updateSettings({ disabledPacks: enabled ? rest : [...rest, id] });
}

export async function exportPack(id: string): Promise<string | null> {
  const found = (await allPacks()).find((p) => p.pack.id === id);
  return found ? JSON.stringify(found.pack, null, 2) + '\n' : null;
}
