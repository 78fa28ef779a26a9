/** The few Chrome DevTools Protocol reads the browser benches share. */
import type { CDPSession, Page } from 'playwright-core';
import type { Browser } from '../../e2e/harness.ts';

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Performance.getMetrics as a name → value map (durations in seconds, sizes in bytes). */
export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

export interface MeteredPage {
  page: Page;
  cdp: CDPSession;
}

/** A new tab with the Performance domain on from before its first navigation. */
export async function meteredPage(browser: Browser): Promise<MeteredPage> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

/**
 * Waits until the page's script time stops growing: the content script runs at
 * document_idle, then in idle time, then after a storage round trip.
 */
export async function settledMetrics(cdp: CDPSession, { min = 300, step = 150, max = 4000 } = {}): Promise<Record<string, number>> {
  await sleep(min);
  let last = await metrics(cdp);
  for (let waited = min; waited < max; waited += step) {
    await sleep(step);
    const now = await metrics(cdp);
    if (now.ScriptDuration === last.ScriptDuration) return now;
    last = now;
  }
  return last;
}

/**
 * tsx compiles this bench with esbuild's keepNames, which wraps named functions in
 * `__name(fn, "name")`; functions handed to page.evaluate / addInitScript carry those
 * calls into the page, where no `__name` exists. Defining it as identity is enough.
 */
export async function acceptBundledFunctions(page: Page): Promise<void> {
  await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
}
