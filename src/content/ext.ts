/**
 * The loader's door to the extension API, without webextension-polyfill: the loader
 * runs on every page of the curated sites, and parsing and setting up the polyfill
 * there was a good part of the cost on pages that turn out not to match. In MV3 both
 * browsers answer these calls with promises (`browser` in Firefox, `chrome` in
 * Chrome); the one difference that matters, replying to a message asynchronously, is
 * done the way both support: `sendResponse` and `return true`. The lazily loaded
 * session uses the polyfill, as the rest of the extension does.
 */
import type { Browser } from 'webextension-polyfill';

type Api = Pick<Browser, 'runtime' | 'storage'>;
const scope = globalThis as { browser?: Api; chrome?: Api };

export const ext: Api | undefined = scope.browser ?? scope.chrome;

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
  ext?.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => ext?.runtime.onMessage.removeListener(listener));
}
