/** Typed wrappers over runtime/tabs messaging (the maps are in messages.ts). */
import browser from 'webextension-polyfill';
import type { FromPopup, Reply, ToBackground, ToContent } from './messages.ts';

type Payload<M, K extends keyof M> = M[K] extends { payload: infer P } ? P : never;

export function sendToBackground<K extends keyof ToBackground & string>(
  type: K,
  payload: Payload<ToBackground, K>,
): Promise<Reply<ToBackground, K>> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<Reply<ToBackground, K>>;
}

export function sendFromPopup<K extends keyof FromPopup & string>(
  type: K,
  payload: Payload<FromPopup, K>,
): Promise<Reply<FromPopup, K>> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<Reply<FromPopup, K>>;
}

export function sendToTab<K extends keyof ToContent & string>(
  tabId: number,
  type: K,
  payload: Payload<ToContent, K>,
): Promise<Reply<ToContent, K>> {
  return browser.tabs.sendMessage(tabId, { type, payload }) as Promise<Reply<ToContent, K>>;
}
