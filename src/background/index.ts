/**
 * The background (service worker in Chrome, event page in Firefox): runs the engine
 * for the tabs (off their main threads), keeps the packs and the badge, and turns
 * toolbar, menu and keyboard commands into messages to the tab. All listeners are registered synchronously at the top level so that an
 * event can wake the worker.
 */
import browser from 'webextension-polyfill';
import type { Runtime, Tabs } from 'webextension-polyfill';
import { analyze } from '../engine/analyze.ts';
import { isMessage, type FromPopup, type ToBackground } from '../shared/messages.ts';
import { sendToTab } from '../shared/send.ts';
import { showStatus } from './badge.ts';
import { analyzeTab } from './inject.ts';
import { enabledPacks, exportPack, importPack, listPacks, removePack, setPackEnabled } from './pack-store.ts';
import { publishPrefilter } from './packs.ts';
import { migrateStorage } from './storage-migrations.ts';

const MENU_ANALYZE = 'sidelight-analyze';

browser.runtime.onInstalled.addListener(async () => {
  const patch = migrateStorage(await browser.storage.local.get(null));
  if (patch) await browser.storage.local.set(patch);
  void publishPrefilter();
  // Menus persist across updates: recreate rather than add a duplicate.
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ANALYZE, title: 'Analyse this page with Sidelight', contexts: ['page'] });
});
browser.runtime.onStartup.addListener(() => void publishPrefilter());
// "All sites" granted or withdrawn: publishing re-registers the run-time content scripts.
browser.permissions.onAdded.addListener(() => void publishPrefilter());
browser.permissions.onRemoved.addListener(() => void publishPrefilter());

type Incoming = ToBackground & FromPopup;
const TYPES: readonly (keyof Incoming)[] = [
  'page/analyze',
  'prefilter/get',
  'page/status',
  'tab/analyze',
  'packs/list',
  'packs/import',
  'packs/set-enabled',
  'packs/remove',
  'packs/export',
];

/** Pack management and injection are for our own pages (popup, options), never a tab. */
const EXTENSION_PAGE_ONLY = new Set<keyof Incoming>(TYPES.filter((t) => t !== 'page/analyze' && t !== 'prefilter/get' && t !== 'page/status'));

browser.runtime.onMessage.addListener(async (message: unknown, sender: Runtime.MessageSender) => {
  if (!isMessage<Incoming>(message, TYPES)) return undefined;
  if (EXTENSION_PAGE_ONLY.has(message.type) && !sender.url?.startsWith(browser.runtime.getURL(''))) return undefined;
  switch (message.type) {
    case 'page/analyze': {
      const wanted = new Set(message.payload.packIds);
      const packs = (await enabledPacks()).filter((p) => wanted.has(p.id));
      // The content script already ran the prefilter (or the reader asked): try every pack it named.
      const { text: _sent, ...analysis } = analyze(message.payload.article, packs, { prefilter: false });
      const pack = analysis.incident && packs.find((p) => p.id === analysis.incident?.id);
      if (!pack) return null;
      const { held } = message.payload;
      return { analysis, pack: held?.id === pack.id && held.version === pack.version ? null : pack };
    }
    case 'prefilter/get':
      return publishPrefilter();
    case 'page/status':
      if (sender.tab?.id !== undefined) await showStatus(sender.tab.id, message.payload);
      return null;
    case 'tab/analyze':
      await analyzeTab(message.payload.tabId);
      return null;
    case 'packs/list':
      return listPacks();
    // Every change to the installed packs republishes the prefilter before replying,
    // so a page opened right after sees it.
    case 'packs/import': {
      const result = await importPack(message.payload.text, message.payload.file);
      if (result.ok) await publishPrefilter();
      return result;
    }
    case 'packs/set-enabled':
      await setPackEnabled(message.payload.id, message.payload.enabled);
      await publishPrefilter();
      return null;
    case 'packs/remove':
      await removePack(message.payload.id);
      await publishPrefilter();
      return null;
    case 'packs/export':
      return exportPack(message.payload.id);
  }
});

// Keeps the content script's port open; its disconnect is how a content script
// learns that this extension context is gone (see content/lifecycle.ts).
browser.runtime.onConnect.addListener((_port: Runtime.Port) => undefined);

browser.contextMenus.onClicked.addListener((info, tab?: Tabs.Tab) => {
  if (info.menuItemId === MENU_ANALYZE && tab?.id !== undefined) void analyzeTab(tab.id);
});

browser.commands.onCommand.addListener(async (command: string) => {
  if (command !== 'toggle-panel') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await sendToTab(tab.id, 'panel/toggle', null).catch(() => analyzeTab(tab.id!));
});
