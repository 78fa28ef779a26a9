/**
 * The packs the extension knows: the built-in ones (shipped in the bundle), minus
 * those the reader disabled. The content script's prefilter reads only the trigger
 * lists, which are published to storage so that a page never has to wake the worker
 * just to learn it is not about a known incident.
 */
import browser from 'webextension-polyfill';
import { builtinPacks } from '../pack/builtin.ts';
import type { Pack } from '../pack/types.ts';
import { STORAGE, readSettings, type PrefilterEntry } from '../shared/settings.ts';

export async function enabledPacks(): Promise<Pack[]> {
  const settings = readSettings((await browser.storage.local.get(STORAGE.settings))[STORAGE.settings]);
  return builtinPacks.filter((p) => !settings.disabledPacks.includes(p.id));
}

export async function publishPrefilter(): Promise<void> {
  const entries: PrefilterEntry[] = (await enabledPacks()).map((p) => ({ id: p.id, triggers: p.triggers }));
  await browser.storage.local.set({ [STORAGE.prefilter]: entries });
}
