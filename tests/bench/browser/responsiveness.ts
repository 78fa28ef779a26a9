/**
 * What a reader of the very large page feels: the longest time the page could not
 * respond (a heartbeat in the page's own world) while the extension itself finds and
 * paints it — extraction in slices, the engine in the background, then the paint —
 * against mark.js `markRegExp` run on the same page in one go. The heartbeat starts
 * after the page's own first layout and paint (which stall a 2 MB page too); the page
 * alone is measured the same way. Section 2b times the work; this is how it is spread.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { heartbeatScript, maxStall, type Browser } from '../../e2e/harness.ts';
import { ROOT } from '../articles.ts';
import { median } from '../stats.ts';
import { ms, times, type Row, type Section } from '../table.ts';
import { acceptBundledFunctions, sleep } from './cdp.ts';

/** A curated site, and a slug the prefilter recognises: the extension analyses the page. */
const OURS_URL = 'https://balkaninsight.com/2022/09/07/albania-iran-cyberattack-archive/';
const MARK_URL = 'https://bench-large-page-markjs.invalid/archive';
const ALONE_URL = 'https://bench-large-page-alone.invalid/archive';
const PAINTED = 1000;

interface MarkWindow {
  Mark: new (context: Element) => { markRegExp(re: RegExp, options: { done(count: number): void }): void };
}

async function withHeartbeat<T>(browser: Browser, url: string, run: (page: Page) => Promise<T>): Promise<{ stall: number; result: T }> {
  const page = await browser.context.newPage();
  try {
    await acceptBundledFunctions(page);
    await page.addInitScript({ content: heartbeatScript({ afterFirstFrame: true }) });
    await page.goto(url, { waitUntil: 'load' });
    const result = await run(page);
    return { stall: await maxStall(page), result };
  } finally {
    await page.close();
  }
}

/** Load → the extension's person highlights hold at least PAINTED mentions (ms), then settle. */
async function extensionPaints(page: Page): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    const painted = await page.evaluate(() => CSS.highlights.get('sidelight-person')?.size ?? 0);
    if (painted >= PAINTED) break;
    if (Date.now() - t0 > 60_000) throw new Error(`the extension painted ${painted} mentions on the large page, not ${PAINTED}`);
    await sleep(20);
  }
  const took = Date.now() - t0;
  // The idle-time work after the paint (the launcher, the panel's data) counts too.
  await sleep(1000);
  return took;
}

export async function benchResponsiveness(browser: Browser, html: string, pattern: RegExp, runs: number): Promise<Section> {
  // The page's own title and heading name the incident; its text is the large page's.
  await browser.serve(OURS_URL, html.replaceAll('The long archive', 'Albania and the Iranian cyberattack: the long archive'));
  await browser.serve(MARK_URL, html);
  await browser.serve(ALONE_URL, html);
  const markJs = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const ours: number[] = [];
  const oursTook: number[] = [];
  const theirs: number[] = [];
  const alone: number[] = [];
  for (let i = 0; i < runs; i++) {
    const o = await withHeartbeat(browser, OURS_URL, extensionPaints);
    ours.push(o.stall);
    oursTook.push(o.result);
    const m = await withHeartbeat(browser, MARK_URL, async (page) => {
      await page.addScriptTag({ content: markJs });
      await page.evaluate(
        ([source, flags]) =>
          new Promise<void>((resolve) =>
            setTimeout(() => new (window as unknown as MarkWindow).Mark(document.body).markRegExp(new RegExp(source, flags), { done: () => resolve() }), 0),
          ),
        [pattern.source, pattern.flags] as const,
      );
      await sleep(100);
    });
    theirs.push(m.stall);
    alone.push((await withHeartbeat(browser, ALONE_URL, () => sleep(1500))).stall);
  }
  const rows: Row[] = [
    {
      what: `longest stall: the extension (painted in ${ms(median(oursTook))} after load) vs mark.js`,
      value: ms(median(ours)),
      baseline: ms(median(theirs)),
      ratio: times(median(theirs) / median(ours)),
    },
    { what: 'longest stall of the page alone (no extension, no mark.js)', value: ms(median(alone)) },
  ];
  return {
    title: `2c. The very large page in the extension: how long the page cannot respond (median of ${runs} loads)`,
    headers: ['ours', 'mark.js', 'shorter'],
    rows,
    notes: [
      'a zero-delay timer heartbeat in the page from its first frame after load; ours: the built extension on a curated site until ≥ 1,000 names are painted, plus 1 s; mark.js: markRegExp in one task; alone: 1.5 s from load',
      "the extension reads at most 1 M characters of an article (MAX_ARTICLE_LENGTH): it paints the first half of this page",
    ],
  };
}
