/** The toolbar popup: what Sidelight found on the current tab, and the reader's switches for it. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { TabStatus } from '../shared/messages.ts';
import { sendFromPopup, sendToTab } from '../shared/send.ts';
import { loadSettings, updateSettings } from '../shared/settings-store.ts';
import { PopupView } from '../ui/PopupView.tsx';
import '../ui/page.css';

interface TabInfo {
  id: number;
  site: string | null;
}

async function currentTab(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  let site: string | null = null;
  try {
    const url = new URL(tab.url ?? '');
    if (url.protocol === 'http:' || url.protocol === 'https:') site = url.hostname;
  } catch {
    // No URL (no permission yet, or a browser page): Sidelight can't read it.
  }
  return { id: tab.id, site };
}

/** The tab's status from its content script; none runs outside the curated sites unless the reader asked. */
async function tabStatus(tab: TabInfo): Promise<TabStatus> {
  try {
    return await sendToTab(tab.id, 'status/get', null);
  } catch {
    const settings = await loadSettings();
    return { match: null, panelOpen: false, siteEnabled: !tab.site || !settings.disabledSites.includes(tab.site) };
  }
}

function Popup() {
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [status, setStatus] = useState<TabStatus | null>(null);
  const [analysing, setAnalysing] = useState(false);

  useEffect(() => {
    void currentTab().then(async (t) => {
      setTab(t);
      if (t) setStatus(await tabStatus(t));
    });
  }, []);

  const site = tab?.site ?? null;
  return (
    <PopupView
      site={site}
      match={status?.match ?? null}
      analysing={analysing}
      siteEnabled={status?.siteEnabled ?? true}
      onAnalyse={async () => {
        if (!tab) return;
        setAnalysing(true);
        try {
          await sendFromPopup('tab/analyze', { tabId: tab.id });
          setStatus(await tabStatus(tab));
        } finally {
          setAnalysing(false);
        }
      }}
      onOpenPanel={async () => {
        if (!tab) return;
        await sendToTab(tab.id, 'panel/open', null);
        window.close();
      }}
      onSiteEnabledChange={async (enabled) => {
        if (!site) return;
        const { disabledSites } = await loadSettings();
        const rest = disabledSites.filter((s) => s !== site);
        await updateSettings({ disabledSites: enabled ? rest : [...rest, site] });
        setStatus((s) => s && { ...s, siteEnabled: enabled });
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

render(<Popup />, document.getElementById('app')!);
