/**
 * Issue 5's "cheap on every other page": the main-thread script time of a page that is
 * not about any incident, on a curated site (the content script runs) against the same
 * page at an address no content script matches, loaded alternately in the same browser.
 */
import { parseHtml } from '../../../src/cli/parse-html.ts';
import { prefilter } from '../../../src/engine/detect/prefilter.ts';
import { readPrefilterInput } from '../../../src/extract/prefilter-input.ts';
import { builtinPacks } from '../../../src/pack/builtin.ts';
import type { Browser } from '../../e2e/harness.ts';
import { median } from '../stats.ts';
import { ms, type Row, type Section } from '../table.ts';
import { meteredPage, settledMetrics } from './cdp.ts';

export interface OverheadPage {
  name: string;
  html: string;
  /** Where the content script runs (a curated news site). */
  url: string;
}

const TARGET_MS = 1;

/** Where no content script runs: same path, a host outside the curated list. */
const unmatchedUrl = (url: string): string => {
  const u = new URL(url);
  return `https://bench-${u.hostname.replace(/\./g, '-')}.invalid${u.pathname}`;
};

/** ScriptDuration (ms) of one fresh load of `url`, once the content script is done. */
async function scriptMs(browser: Browser, url: string): Promise<number> {
  const { page, cdp } = await meteredPage(browser);
  try {
    await page.goto(url);
    return (await settledMetrics(cdp)).ScriptDuration! * 1000;
  } finally {
    await page.close();
  }
}

/** Would the loader's prefilter pass this page (and so load the engine)? Checked in Node. */
async function prefilterPasses({ html, url }: OverheadPage): Promise<boolean> {
  const parsed = parseHtml(html, url);
  try {
    return prefilter(readPrefilterInput(parsed.document, url), builtinPacks).length > 0;
  } finally {
    await parsed.close();
  }
}

export async function benchOverhead(browser: Browser, pages: readonly OverheadPage[], loads: number): Promise<Section> {
  const rows: Row[] = [];
  for (const p of pages) {
    const plain = unmatchedUrl(p.url);
    await browser.serve(p.url, p.html);
    await browser.serve(plain, p.html);
    // One load each first: the HTTP cache, V8's code cache and the extension's storage warm up.
    await scriptMs(browser, p.url);
    await scriptMs(browser, plain);
    const withScript: number[] = [];
    const without: number[] = [];
    for (let i = 0; i < loads; i++) {
      withScript.push(await scriptMs(browser, p.url));
      without.push(await scriptMs(browser, plain));
    }
    const delta = median(withScript) - median(without);
    const passes = await prefilterPasses(p);
    rows.push({
      what: `${p.name}${passes ? ' (prefilter passes: engine loads)' : ''}`,
      value: ms(median(withScript)),
      baseline: ms(median(without)),
      ratio: `+${ms(delta)}`,
      target: `≤ +${TARGET_MS} ms`,
      met: delta <= TARGET_MS,
    });
  }
  return {
    title: `2a. Non-matching page overhead in Chromium: script time with the content script vs none (median of ${loads} loads)`,
    headers: ['with', 'without', 'delta'],
    rows,
    notes: [
      'CDP Performance.getMetrics ScriptDuration once it stops growing; "without" = the same page at a host outside the curated list',
    ],
  };
}
