/**
 * The loader's door to the extension API, without webextension-polyfill: the loader
 * runs on every page of the curated sites, and parsing and setting up the polyfill
 * there was a good part of the cost on pages that turn out not to match. In MV3 both
 * browsers answer these calls with promises (`browser` in Firefox, `chrome` in
 * Chrome); the one difference that matters, replying to a message asynchronously, is
 * done the way both support: `sendResponse` and `return true`. The lazily loaded
 * session uses the polyfill, as the rest of the extension does.
 *
 * The API is looked up on first use, not when the script loads: the first touch of
 * `chrome.*` in a page sets up its bindings (about half a millisecond in Chromium),
 * which a page the prefilter turns away never needs.
 */
import type { Browser } from 'webextension-polyfill';

type Api = Pick<Browser, 'runtime' | 'storage'>;

let api: Api | undefined;

/** The extension API; throws where there is none (the script is not in an extension). */
export function ext(): Api {
  if (api === undefined) {
    const scope = globalThis as { browser?: Api; chrome?: Api };
    api = scope.browser ?? scope.chrome;
    if (api === undefined) throw new Error('no extension API in this context');
  }
  return api;
}

/** Answer runtime messages with `handle`'s promise (undefined for a message it does not know). */
export function onMessage(handle: (message: unknown) => Promise<unknown> | undefined, signal: AbortSignal): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void): true => {
    const reply = handle(message) ?? Promise.resolve(undefined);
    reply.then(sendResponse, (error: unknown) => {
      console.debug('[sidelight]', error);
      sendResponse(undefined);
    });
    return true;
  };
  ext().runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => ext().runtime.onMessage.removeListener(listener));
}
