/** The options page: installed packs, sites, panel side. State lives in the background and storage. */
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { InstalledPackInfo } from '../shared/messages.ts';
import { sendFromPopup } from '../shared/send.ts';
import { loadSettings, updateSettings } from '../shared/settings-store.ts';
import { ALL_SITES, type Settings } from '../shared/settings.ts';
import { OptionsView } from '../ui/OptionsView.tsx';
import '../ui/page.css';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Options() {
  const [packs, setPacks] = useState<InstalledPackInfo[]>([]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [allSites, setAllSites] = useState(false);
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const [importMessage, setImportMessage] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    setPacks(await sendFromPopup('packs/list', null));
    setSettings(await loadSettings());
    setAllSites(await browser.permissions.contains({ origins: ALL_SITES }));
  }, []);
  useEffect(() => void refresh(), [refresh]);

  if (!settings) return null;
  return (
    <OptionsView
      packs={packs}
      importErrors={importErrors}
      importMessage={importMessage}
      onImport={async (file) => {
        const result = await sendFromPopup('packs/import', { text: await file.text(), file: file.name });
        setImportErrors(result.ok ? [] : result.errors);
        setImportMessage(result.ok ? result.message : null);
        await refresh();
      }}
      onPackEnabledChange={async (id, enabled) => {
        await sendFromPopup('packs/set-enabled', { id, enabled });
        await refresh();
      }}
      onExportPack={async (id) => {
        const text = await sendFromPopup('packs/export', { id });
        if (text !== null) download(`${id}.json`, text);
      }}
      onRemovePack={async (id) => {
        await sendFromPopup('packs/remove', { id });
        await refresh();
      }}
      allSites={allSites}
      onAllSitesChange={async (enabled) => {
        // Must run in the click's user gesture: request before any other await.
        const changed = enabled
          ? await browser.permissions.request({ origins: ALL_SITES })
          : await browser.permissions.remove({ origins: ALL_SITES });
        if (changed) setAllSites(enabled);
      }}
      disabledSites={settings.disabledSites}
      onRemoveDisabledSite={async (site) => {
        setSettings(await updateSettings({ disabledSites: settings.disabledSites.filter((s) => s !== site) }));
      }}
      panelSide={settings.side}
      onPanelSideChange={async (side) => setSettings(await updateSettings({ side }))}
    />
  );
}

render(<Options />, document.getElementById('app')!);
