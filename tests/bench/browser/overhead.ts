/**
 * Issue 5's "cheap on every other page": the main-thread script time of a page that is
 * not about any incident, on a curated site (our content script runs) against the same
 * page where an empty content script runs instead (the issue's baseline), and where no
 * content script runs at all; loaded in turn in the same browser.
 */
import { parseHtml } from '../../../src/cli/parse-html.ts';
import { prefilter } from '../../../src/engine/detect/prefilter.ts';
import { readPrefilterInput } from '../../../src/extract/prefilter-input.ts';
import { builtinPacks } from '../../../src/pack/builtin.ts';
import type { Browser } from '../../e2e/harness.ts';
import { median } from '../stats.ts';
import { ms, type Row, type Section } from '../table.ts';
import { meteredPage, settledMetrics } from './cdp.ts';
import { EMPTY_SCRIPT_HOST } from './empty-extension.ts';

export interface OverheadPage {
  name: string;
  html: string;
  /** Where the content script runs (a curated news site). */
  url: string;
}

const TARGET_MS = 1;
const NO_SCRIPT_HOST = 'bench-no-content-script.invalid';

/** Same path, another host: where the empty content script runs, or where none does. */
const elsewhere = (url: string, host: string): string => {
  const u = new URL(url);
  return `https://${host}${u.pathname}`;
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
    const urls = [p.url, elsewhere(p.url, EMPTY_SCRIPT_HOST), elsewhere(p.url, NO_SCRIPT_HOST)] as const;
    for (const url of urls) await browser.serve(url, p.html);
    // One load each first: the HTTP cache, V8's code cache and the extension's storage warm up.
    for (const url of urls) await scriptMs(browser, url);
    const samples: [number[], number[], number[]] = [[], [], []];
    for (let i = 0; i < loads; i++) {
      for (const [k, url] of urls.entries()) samples[k]!.push(await scriptMs(browser, url));
    }
    const [ours, empty, none] = samples.map(median) as [number, number, number];
    const delta = ours - empty;
    const passes = await prefilterPasses(p);
    rows.push({
      what: `${p.name}${passes ? ' (prefilter passes: engine loads)' : ''}; no content script ${ms(none)}`,
      value: ms(ours),
      baseline: ms(empty),
      ratio: `${delta >= 0 ? '+' : ''}${ms(delta)}`,
      target: `≤ +${TARGET_MS} ms`,
      met: delta <= TARGET_MS,
    });
  }
  return {
    title: `2a. Non-matching page overhead in Chromium: script time with our content script vs an empty one (median of ${loads} loads)`,
    headers: ['ours', 'empty script', 'delta'],
    rows,
    notes: [
      'CDP Performance.getMetrics ScriptDuration once it stops growing; the same page at three hosts: a curated one (ours runs), one where an extension with an empty content script runs, and one where no content script runs',
    ],
  };
}
