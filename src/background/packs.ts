/**
 * The content script's prefilter reads only the trigger lists of the enabled packs,
 * published to storage so that a page never has to wake the worker just to learn it
 * is not about a known incident. Publishing also brings the run-time content scripts
 * in line (the stored-triggers flag depends on the packs, "all sites" on a permission).
 */
import browser from 'webextension-polyfill';
import { prefilterEntry } from '../engine/detect/prefilter.ts';
import { STORAGE, type PrefilterEntry } from '../shared/settings.ts';
import { syncContentScripts } from './content-scripts.ts';
import { enabledPacks } from './pack-store.ts';

export async function publishPrefilter(): Promise<PrefilterEntry[]> {
  const entries: PrefilterEntry[] = (await enabledPacks()).map(prefilterEntry);
  await browser.storage.local.set({ [STORAGE.prefilter]: entries });
  await syncContentScripts(entries);
  return entries;
}
