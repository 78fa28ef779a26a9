/**
 * Issue 5's time to panel ready: on the seed article, from DOMContentLoaded to the moment
 * Sidelight's launcher is in the page (an init script watches for the host element and
 * its shadow root's launcher); and the JS heap the extension adds once it is there,
 * against the same article at an address no content script matches.
 */
import type { CDPSession, Page } from 'playwright-core';
import { loadFixture, type Browser } from '../../e2e/harness.ts';
import { median } from '../stats.ts';
import { ms, type Row, type Section } from '../table.ts';
import { acceptBundledFunctions, meteredPage, sleep } from './cdp.ts';

interface ReadyWindow {
  __sidelightBench: { domContentLoaded: number | null; launcher: number | null };
}

/** Runs before the page's own scripts: timestamps DOMContentLoaded and the launcher's arrival. */
function watchLauncher(): void {
  const state: ReadyWindow['__sidelightBench'] = { domContentLoaded: null, launcher: null };
  (window as unknown as ReadyWindow).__sidelightBench = state;
  document.addEventListener('DOMContentLoaded', () => (state.domContentLoaded = performance.now()));
  const found = (root: ParentNode) => {
    if (state.launcher === null && root.querySelector('.sl-launcher')) state.launcher = performance.now();
  };
  new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (!(node instanceof Element) || node.localName !== 'sidelight-root' || !node.shadowRoot) continue;
        const shadow = node.shadowRoot;
        found(shadow);
        new MutationObserver(() => found(shadow)).observe(shadow, { childList: true, subtree: true });
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

async function readyAfterDcl(page: Page, timeoutMs: number): Promise<number> {
  for (let waited = 0; waited < timeoutMs; waited += 10) {
    const s = await page.evaluate(() => (window as unknown as ReadyWindow).__sidelightBench);
    if (s.launcher !== null && s.domContentLoaded !== null) return s.launcher - s.domContentLoaded;
    await sleep(10);
  }
  throw new Error('the launcher did not appear on the seed article');
}

/** Used JS heap (bytes) after a full GC, once the page has settled. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

export async function benchPanelReady(browser: Browser, loads: number): Promise<Section> {
  const seed = loadFixture('exit-al-seed');
  const plainUrl = 'https://bench-exit-al.invalid/en/2022/09/11/seed/';
  await browser.serve(seed.url, seed.html);
  await browser.serve(plainUrl, seed.html);

  const ready: number[] = [];
  const heapWith: number[] = [];
  const heapWithout: number[] = [];
  // The first load warms caches and is not counted.
  for (let i = 0; i <= loads; i++) {
    for (const url of [seed.url, plainUrl]) {
      const { page, cdp } = await meteredPage(browser);
      try {
        await acceptBundledFunctions(page);
        await page.addInitScript(watchLauncher);
        await page.goto(url);
        if (url === seed.url) {
          const t = await readyAfterDcl(page, 15_000);
          if (i > 0) ready.push(t);
        }
        await sleep(500);
        const used = await heapAfterGc(cdp);
        if (i > 0) (url === seed.url ? heapWith : heapWithout).push(used);
      } finally {
        await page.close();
      }
    }
  }
  const added = median(heapWith) - median(heapWithout);
  const rows: Row[] = [
    { what: 'DOMContentLoaded → launcher in the page', value: ms(median(ready)) },
    {
      what: 'JS heap used after GC, panel ready',
      value: `${(median(heapWith) / 1e6).toFixed(2)} MB`,
      baseline: `${(median(heapWithout) / 1e6).toFixed(2)} MB`,
      ratio: `+${(added / 1e6).toFixed(2)} MB`,
    },
  ];
  return {
    title: `2d. The seed article: time to panel ready and JS heap added (median of ${loads} loads)`,
    headers: ['with', 'without', 'added'],
    rows,
    notes: [
      'ready: a MutationObserver (init script) stamps performance.now() when sidelight-root holds .sl-launcher',
      'heap: CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage (the renderer isolate: page and content-script worlds)',
    ],
  };
}
