/**
 * The content scripts registered at run time, beside the manifest's:
 * - "all sites": while the reader grants the optional host permission (options page),
 *   the loader runs on every http(s) page besides the curated news sites, which the
 *   manifest already covers;
 * - the stored-triggers flag (public/content-stored-triggers.js): the built-in packs'
 *   triggers are compiled into the loader, so only while other packs are enabled (an
 *   import, or a newer version of a built-in one) does a one-line script run before it
 *   to say that the triggers in storage must be read.
 */
import browser from 'webextension-polyfill';
import { prefilterEntry } from '../engine/detect/prefilter.ts';
import { builtinPacks } from '../pack/builtin.ts';
import { ALL_SITES, type PrefilterEntry } from '../shared/settings.ts';
import { contentFiles, curatedMatches } from './content-files.ts';

const ALL_SITES_ID = 'sidelight-all-sites';
const FLAG_ID = 'sidelight-stored-triggers';
const FLAG_FILE = 'content-stored-triggers.js';

/** Whether the loader's compiled-in triggers (vite.config.ts) miss some enabled pack's. */
function needsStoredTriggers(entries: readonly PrefilterEntry[]): boolean {
  const compiledIn = new Map(builtinPacks.map((p) => [p.id, prefilterEntry(p).triggers.join('\n')]));
  return entries.some((entry) => compiledIn.get(entry.id) !== entry.triggers.join('\n'));
}

let pending: Promise<void> = Promise.resolve();

/**
 * Registers both to match the permission and the enabled packs, one sync at a time (an
 * install fires several). A registration is always made anew: one kept across an
 * extension update would name the old build's files.
 */
export function syncContentScripts(entries: readonly PrefilterEntry[]): Promise<void> {
  pending = pending.then(() => register(entries)).catch((error: unknown) => console.error('[sidelight] content scripts', error));
  return pending;
}

async function register(entries: readonly PrefilterEntry[]): Promise<void> {
  const ids = (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id).filter((id) => id === ALL_SITES_ID || id === FLAG_ID);
  if (ids.length > 0) await browser.scripting.unregisterContentScripts({ ids });
  const flag = needsStoredTriggers(entries);
  const { js, css } = contentFiles();
  const scripts: Parameters<typeof browser.scripting.registerContentScripts>[0] = [];
  if (flag) scripts.push({ id: FLAG_ID, matches: curatedMatches(), js: [FLAG_FILE], runAt: 'document_end' });
  if (await browser.permissions.contains({ origins: ALL_SITES })) {
    scripts.push({ id: ALL_SITES_ID, matches: ALL_SITES, excludeMatches: curatedMatches(), js: flag ? [FLAG_FILE, ...js] : js, css, runAt: 'document_idle' });
  }
  if (scripts.length > 0) await browser.scripting.registerContentScripts(scripts);
}
