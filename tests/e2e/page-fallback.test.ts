/**
 * The highlight fallback for browsers without the CSS Highlight API, in Chromium. The
 * content script's isolated world has its own `CSS` object, so the page cannot take the
 * API away from it; instead the same modules (extract, ranges, highlights) are bundled
 * into the page, as the bench does, and the Highlighter is told not to use the API.
 * Checked: one wrapper per piece of a name split by markup, and a teardown that puts back
 * the page's own text nodes — the same node objects, not merged with their neighbours.
 */
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, ROOT, type Browser } from './harness.ts';

let browser: Browser;
let page: Page;

const ENTRY = `
import { Highlighter } from './src/content/highlights.ts';
import { rangePieces, spanToRange } from './src/content/ranges.ts';
import { extractArticle } from './src/extract/index.ts';

let highlighter = null;
let before = [];
const textNodes = () => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
  return out;
};
globalThis.fallback = {
  paint(names) {
    before = textNodes();
    const { article, segments } = extractArticle(document);
    const marks = [];
    for (const name of names) {
      for (let at = article.text.indexOf(name); at >= 0; at = article.text.indexOf(name, at + 1)) {
        const range = spanToRange(document, segments, at, at + name.length);
        if (range) marks.push({ entityId: name, type: 'person', index: marks.length, range });
      }
    }
    highlighter = new Highlighter(document, { useHighlightApi: false });
    highlighter.paint(marks);
    highlighter.flash(marks[marks.length - 1]);
    return {
      wrappers: [...document.querySelectorAll('sidelight-mark')].map((el) => el.textContent),
      active: [...document.querySelectorAll('sidelight-mark[data-active]')].map((el) => el.textContent),
      ranges: marks.map((m) => m.range.toString()),
      onWrappers: marks.every((m) => rangePieces(m.range).every((p) => p.node.parentElement.localName === 'sidelight-mark')),
      highlights: CSS.highlights.size,
    };
  },
  clear() {
    highlighter.clear();
    const after = textNodes();
    return { sameNodes: after.length === before.length && after.every((n, i) => n === before[i]), marks: document.querySelectorAll('sidelight-mark').length };
  },
};
`;

const PAGE = `<!doctype html><html><head><title>Fallback</title></head><body><article>
<p id="a">Prime Minister Edi <i>Rama</i> spoke, and <a href="/t">Edi</a> Rama answered.</p>
<p id="b">Then Jake Sullivan and Edi Rama met.</p>
</article></body></html>`;

beforeAll(async () => {
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  });
  browser = await launch();
  // Any address: the test page does not need the content script.
  await browser.serve('http://fallback.test/', PAGE);
  page = await browser.context.newPage();
  await page.goto('http://fallback.test/');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  // Two adjacent text nodes of the page's own: a normalize() on teardown would merge them.
  await page.evaluate(() => document.getElementById('b')?.append(document.createTextNode(' Later.')));
});

afterAll(async () => {
  await browser?.close();
});

interface FallbackApi {
  paint(names: string[]): { wrappers: string[]; active: string[]; ranges: string[]; onWrappers: boolean; highlights: number };
  clear(): { sameNodes: boolean; marks: number };
}

describe('the highlight fallback', () => {
  let html = '';

  test('wraps every piece of every mention, across element boundaries', async () => {
    html = await page.evaluate(() => document.body.innerHTML);
    const result = await page.evaluate(() =>
      (globalThis as unknown as { fallback: FallbackApi }).fallback.paint(['Edi Rama', 'Jake Sullivan']),
    );
    expect(result.wrappers).toEqual(['Edi ', 'Rama', 'Edi', ' Rama', 'Jake Sullivan', 'Edi Rama']);
    expect(result.ranges).toEqual(['Edi Rama', 'Edi Rama', 'Edi Rama', 'Jake Sullivan']);
    expect(result.onWrappers).toBe(true);
    expect(result.active).toEqual(['Jake Sullivan']);
    expect(result.highlights).toBe(0);
    await expect(page.locator('i > sidelight-mark').textContent()).resolves.toBe('Rama');
    await expect(page.locator('a > sidelight-mark').textContent()).resolves.toBe('Edi');
    await expect(page.locator('#a').textContent()).resolves.toBe('Prime Minister Edi Rama spoke, and Edi Rama answered.');
  });

  test("teardown puts back the page's own text nodes, unmerged", async () => {
    const result = await page.evaluate(() => (globalThis as unknown as { fallback: FallbackApi }).fallback.clear());
    expect(result).toEqual({ sameNodes: true, marks: 0 });
    await expect(page.evaluate(() => document.body.innerHTML)).resolves.toBe(html);
  });
});
