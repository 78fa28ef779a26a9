/**
 * Read and update the reader's settings in storage.local (popup, options, the page's
 * session, the background): each update re-reads and writes the whole record at once.
 */
import browser from 'webextension-polyfill';
import { STORAGE, readSettings, type Settings } from './settings.ts';

export async function loadSettings(): Promise<Settings> {
  return readSettings((await browser.storage.local.get(STORAGE.settings))[STORAGE.settings]);
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await browser.storage.local.set({ [STORAGE.settings]: next });
  return next;
}
