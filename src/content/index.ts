/**
 * The content script's initial bundle: a small loader that runs on every page of the
 * curated news sites. It does the cheap prefilter only; the engine and the UI are
 * loaded (dynamic import) once a page may be about a known incident.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { prefilter } from '../engine/detect/prefilter.ts';
import { readPrefilterInput } from '../extract/prefilter-input.ts';
import { STORAGE, readSettings, type PrefilterEntry } from '../shared/settings.ts';
import { isMessage, type TabStatus, type ToContent } from '../shared/messages.ts';
import { sendToBackground } from '../shared/send.ts';
import { claimPage } from './lifecycle.ts';
import type { Session } from './session.ts';

const CONTENT_TYPES: readonly (keyof ToContent)[] = ['status/get', 'panel/toggle', 'panel/open', 'page/analyze'];

function main(): void {
  const claimed = claimPage();
  if (!claimed) return;
  const signal: AbortSignal = claimed;
  let session: Session | null = null;
  let starting: Promise<Session | null> | null = null;

  const emptyStatus = (siteEnabled: boolean): TabStatus => ({ match: null, panelOpen: false, siteEnabled });

  async function start(force: boolean): Promise<Session | null> {
    const stored = await browser.storage.local.get([STORAGE.settings, STORAGE.prefilter]);
    if (signal.aborted) return null;
    const settings = readSettings(stored[STORAGE.settings]);
    const entries =
      (stored[STORAGE.prefilter] as PrefilterEntry[] | undefined) ?? (await sendToBackground('prefilter/get', null));
    if (!force && settings.disabledSites.includes(location.hostname)) return null;
    const candidates = force ? entries : prefilter(readPrefilterInput(document, location.href), entries);
    if (candidates.length === 0) return null;
    // Only now pay for the engine and the page walk.
    const { startSession } = await import('./session.ts');
    if (signal.aborted) return null;
    return startSession({ signal, settings, packIds: candidates.map((c) => c.id) });
  }

  function run(force: boolean): Promise<Session | null> {
    if (!starting || force) {
      session?.destroy();
      session = null;
      starting = start(force).then((s) => (session = s));
    }
    return starting;
  }

  const onMessage = async (message: unknown, _sender: Runtime.MessageSender): Promise<unknown> => {
    if (!isMessage<ToContent>(message, CONTENT_TYPES)) return undefined;
    switch (message.type) {
      case 'status/get': {
        // Asked before the idle-time start: start now, so the answer is the real one.
        const s = await (starting ?? run(false));
        if (s) return s.status();
        const settings = readSettings((await browser.storage.local.get(STORAGE.settings))[STORAGE.settings]);
        return emptyStatus(!settings.disabledSites.includes(location.hostname));
      }
      case 'panel/toggle':
        (session ?? (await run(true)))?.togglePanel();
        return null;
      case 'panel/open':
        (session ?? (await run(true)))?.openPanel();
        return null;
      case 'page/analyze':
        (await run(true))?.openPanel();
        return null;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onMessage);
    session?.destroy();
    session = null;
  });

  // Off the critical path: the manifest runs us at document_idle; wait for idle time too.
  const later = (cb: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(cb, { timeout: 2000 }) : setTimeout(cb, 1);
  later(() => {
    if (!signal.aborted) void run(false).catch(reportError);
  });
}

function reportError(error: unknown): void {
  // The page must never break because of us: log quietly and stay out of the way.
  console.debug('[sidelight]', error);
}

main();
