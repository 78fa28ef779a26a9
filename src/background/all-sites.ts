/**
 * "All sites": an optional host permission the reader grants in the options page.
 * While it is granted, the content script is registered for every http(s) page
 * besides the curated news sites (which the manifest already covers).
 */
import browser from 'webextension-polyfill';
import { ALL_SITES } from '../shared/settings.ts';
import { contentFiles, curatedMatches } from './content-files.ts';

const SCRIPT_ID = 'sidelight-all-sites';

/**
 * Registers or unregisters to match the permission. A registration is always made
 * anew: one kept across an extension update would name the old build's files.
 */
export async function syncAllSites(): Promise<void> {
  const granted = await browser.permissions.contains({ origins: ALL_SITES });
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] })).length > 0;
  if (registered) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted) {
    const { js, css } = contentFiles();
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: ALL_SITES, excludeMatches: curatedMatches(), js, css, runAt: 'document_idle' },
    ]);
  }
}
