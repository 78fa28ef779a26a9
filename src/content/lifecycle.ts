/**
 * One live content script per page. A newer instance (an extension update, or an
 * on-demand injection) takes over: the older one hears the event and tears down,
 * and so does any instance whose extension context is gone (wxt's
 * content-script-context does the same). Every listener we add hangs off the
 * claim's signal, so aborting it removes everything we made.
 */
import { ext } from './ext.ts';

const TAKEOVER_EVENT = 'sidelight:takeover';

export interface PageClaim {
  signal: AbortSignal;
  /** False, after tearing everything down, when the extension context is gone. */
  stillValid(): boolean;
  /**
   * Learn of the context's end as it happens, through a port to the background. Only
   * for pages with something to tear down: a port wakes the background, which every
   * non-matching page would otherwise pay for.
   */
  watchContext(): void;
}

/** Claims the page for this script. Costs no extension API call: a script being injected has a live context. */
export function claimPage(): PageClaim {
  const controller = new AbortController();
  const { signal } = controller;
  // Unique enough to tell two scripts in one page apart (and cheaper than a UUID).
  const me = `${Date.now()}:${Math.random()}`;
  window.dispatchEvent(new CustomEvent(TAKEOVER_EVENT, { detail: me }));
  window.addEventListener(
    TAKEOVER_EVENT,
    (event) => {
      if ((event as CustomEvent<unknown>).detail !== me) controller.abort();
    },
    { signal },
  );

  const stillValid = (): boolean => {
    if (!signal.aborted && !isContextValid()) controller.abort();
    return !signal.aborted;
  };
  let watching = false;
  let listening = false;
  const watchContext = (): void => {
    if (!listening && !signal.aborted) {
      listening = true;
      // The port below goes quiet once an idle service worker stops, so the reader's
      // own next move also checks (cheap: no message, no worker wake-up).
      window.addEventListener('pointerdown', stillValid, { capture: true, passive: true, signal });
      document.addEventListener('visibilitychange', stillValid, { signal });
    }
    if (watching || signal.aborted) return;
    watching = true;
    // The port disconnects when the extension is reloaded, updated or disabled, and
    // also when an idle service worker stops: check that the context is really gone.
    const port = ext().runtime.connect({ name: 'content' });
    port.onDisconnect.addListener(() => {
      watching = false;
      stillValid();
    });
    signal.addEventListener('abort', () => {
      try {
        port.disconnect();
      } catch {
        // Already gone with the old context.
      }
    });
  };
  return { signal, stillValid, watchContext };
}

export function isContextValid(): boolean {
  try {
    return Boolean(ext().runtime?.id);
  } catch {
    return false;
  }
}
