/**
 * Issue 5's "highlights at scale": on the very large page, in the page's main world,
 * our highlighting path (the project's own modules, bundled) against mark.js 8.11
 * `markRegExp` with the same pattern and against a bare TreeWalker read of every text
 * node. A fresh load for every run: mark.js changes the DOM it marks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser } from '../../e2e/harness.ts';
import { ROOT } from '../articles.ts';
import { median } from '../stats.ts';
import { ms, times, type Row, type Section } from '../table.ts';
import { acceptBundledFunctions } from './cdp.ts';
import { probeScript } from './probe-bundle.ts';

const URL_ = 'https://bench-large-page.invalid/archive';
const MIN_SPEEDUP_OVER_MARKJS = 10;
const MAX_RATIO_TO_BARE = 3;

interface Run {
  ms: number;
  marks: number;
  phases?: Record<string, number>;
}

type Method = (page: Page, pattern: RegExp) => Promise<Run>;

/** The page-side probe exposes these (tests/bench/browser/probe-entry.ts). */
interface ProbeWindow {
  sidelightProbe: {
    highlightByPattern(source: string, flags: string): Run;
    highlightByEngine(): Run;
  };
}

/** mark.js's global constructor, as much of it as the bench calls. */
interface MarkWindow {
  Mark: new (context: Element) => { markRegExp(re: RegExp, options: { done(count: number): void }): void };
}

/** One alternation of the names, as mark.js gets it. */
export function namePattern(names: readonly string[]): RegExp {
  return new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
}

export async function benchHighlight(browser: Browser, html: string, names: readonly string[], runs: number): Promise<Section> {
  await browser.serve(URL_, html);
  const probe = await probeScript();
  const markJsScript = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const pattern = namePattern(names);

  const methods: Record<string, Method> = {
    ours: async (page, re) => {
      await page.addScriptTag({ content: probe });
      return page.evaluate(([source, flags]) => (window as unknown as ProbeWindow).sidelightProbe.highlightByPattern(source, flags), [re.source, re.flags] as const);
    },
    oursEngine: async (page) => {
      await page.addScriptTag({ content: probe });
      return page.evaluate(() => (window as unknown as ProbeWindow).sidelightProbe.highlightByEngine());
    },
    markJs: async (page, re) => {
      await page.addScriptTag({ content: markJsScript });
      return page.evaluate(
        ([source, flags]) =>
          new Promise<Run>((resolve) => {
            const t0 = performance.now();
            new (window as unknown as MarkWindow).Mark(document.body).markRegExp(new RegExp(source, flags), {
              done: (count) => resolve({ ms: performance.now() - t0, marks: count }),
            });
          }),
        [re.source, re.flags] as const,
      );
    },
    bare: (page) =>
      page.evaluate(() => {
        const t0 = performance.now();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let chars = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).data.length;
        return { ms: performance.now() - t0, marks: chars };
      }),
    // The least a highlighter that matches on the page's text and maps offsets back must
    // do: the same walk, keeping each node and where its text starts, and the text.
    mapped: (page) =>
      page.evaluate(() => {
        const t0 = performance.now();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        const starts: number[] = [];
        const parts: string[] = [];
        let length = 0;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const data = node.data;
          nodes.push(node);
          starts.push(length);
          parts.push(data);
          length += data.length;
        }
        const text = parts.join('');
        const ms = performance.now() - t0;
        // What was kept, so none of it is optimised away: a text node per start, all the text.
        return { ms, marks: nodes.length === starts.length && text.length === length ? nodes.length : -1 };
      }),
  };

  const results = new Map<string, Run[]>(Object.keys(methods).map((k) => [k, []]));
  // Interleaved, so drift in the machine's load spreads over every method alike.
  for (let i = 0; i < runs; i++) {
    for (const [name, method] of Object.entries(methods)) {
      const page = await browser.context.newPage();
      try {
        await acceptBundledFunctions(page);
        await page.goto(URL_);
        results.get(name)!.push(await method(page, pattern));
      } finally {
        await page.close();
      }
    }
  }
  const med = (name: string) => median(results.get(name)!.map((r) => r.ms));
  const count = (name: string) => results.get(name)![0]!.marks;
  const [ours, oursEngine, markJs, bare, mapped] = [med('ours'), med('oursEngine'), med('markJs'), med('bare'), med('mapped')];
  const phases = (name: string) =>
    Object.keys(results.get(name)![0]!.phases ?? {})
      .map((phase) => `${phase} ${ms(median(results.get(name)!.map((r) => r.phases![phase]!)))}`)
      .join(', ');

  const rows: Row[] = [
    {
      what: `mark.js markRegExp vs ours (${count('markJs')} vs ${count('ours')} marks)`,
      value: ms(ours),
      baseline: ms(markJs),
      ratio: times(markJs / ours),
      target: `≥ ${MIN_SPEEDUP_OVER_MARKJS}× faster`,
      met: markJs / ours >= MIN_SPEEDUP_OVER_MARKJS,
    },
    {
      what: 'ours vs bare TreeWalker read',
      value: ms(ours),
      baseline: ms(bare),
      ratio: times(ours / bare),
      target: `≤ ${MAX_RATIO_TO_BARE}×`,
      met: ours / bare <= MAX_RATIO_TO_BARE,
    },
    {
      what: 'ours vs the bare read that also keeps the text and each node\'s offset',
      value: ms(ours),
      baseline: ms(mapped),
      ratio: times(ours / mapped),
    },
    {
      what: `ours with findEntities offsets (${count('oursEngine')} marks) vs bare`,
      value: ms(oursEngine),
      baseline: ms(bare),
      ratio: times(oursEngine / bare),
    },
  ];
  return {
    title: `2b. Highlighting a very large page (median of ${runs} fresh loads, main world)`,
    rows,
    notes: [
      `page: ${(count('bare') / 1e6).toFixed(2)} M chars of text; pattern: ${names.length} names in one alternation`,
      'ours = extractArticle + one regex pass over the text + spanToRange + one Highlight per type + HitIndex from rangePieces (as the session paints)',
      `ours, by phase: ${phases('ours')}; with findEntities: ${phases('oursEngine')}`,
      `≥ ${MIN_SPEEDUP_OVER_MARKJS}× mark.js means ≤ ${ms(markJs / MIN_SPEEDUP_OVER_MARKJS)} here; the bare read that keeps the text and offsets, with no blocks, no exclusions and no whitespace rules, takes ${ms(mapped)} alone`,
      'the content script runs in an isolated world, ~1.3–1.5× slower than the main world measured here',
    ],
  };
}
