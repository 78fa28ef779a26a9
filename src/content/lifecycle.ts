/**
 * One live content script per page. A newer instance (an extension update, or an
 * on-demand injection) takes over: the older one hears the event and tears down,
 * and so does any instance whose extension context is gone (wxt's
 * content-script-context does the same). Every listener we add hangs off the
 * returned signal, so aborting it removes everything we made.
 */
import browser from 'webextension-polyfill';

const TAKEOVER_EVENT = 'sidelight:takeover';

export function claimPage(): AbortSignal | null {
  if (!browser.runtime?.id) return null;
  const controller = new AbortController();
  const me = crypto.randomUUID();
  window.dispatchEvent(new CustomEvent(TAKEOVER_EVENT, { detail: me }));
  window.addEventListener(
    TAKEOVER_EVENT,
    (event) => {
      if ((event as CustomEvent<unknown>).detail !== me) controller.abort();
    },
    { signal: controller.signal },
  );

  // A port to the background disconnects when the extension is reloaded, updated or
  // disabled; it also disconnects when an idle service worker stops, so check that the
  // context is really gone before tearing down.
  const port = browser.runtime.connect({ name: 'content' });
  port.onDisconnect.addListener(() => {
    if (!isContextValid()) controller.abort();
  });
  controller.signal.addEventListener('abort', () => {
    try {
      port.disconnect();
    } catch {
      // Already gone with the old context.
    }
  });
  return controller.signal;
}

export function isContextValid(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}
