/**
 * Outside the curated news sites: with "all sites" granted, an article anywhere is
 * recognised; and "Analyse this page" (the toolbar popup, the context menu) finds the
 * incident even on a page whose opening never names it, which the automatic
 * prefilter rightly skips.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extensionWithAllSites, FIXTURES, launch, loadFixture, tabStatus, type Browser } from './harness.ts';

let browser: Browser;
let extension: string;

/** The seed article's paragraphs, from the project's own fixture page. */
function seedParagraphs(): string[] {
  const html = readFileSync(join(FIXTURES, 'exit-al-seed/source.html'), 'utf8');
  const body = html.slice(html.indexOf('class="entry-content"'), html.indexOf('class="entry-footer"'));
  return [...body.matchAll(/<p>([^<]{80,})<\/p>/g)].map((m) => m[1]!);
}

/** A weekly round-up whose title and first few thousand characters are about other things. */
function roundUpPage(): string {
  const filler = Array.from(
    { length: 25 },
    (_, i) =>
      `<p>Item ${i + 1}: the city council debated the new tram timetable again this week, and the library ` +
      `extended its opening hours for the exam season; readers wrote in about the bridge repairs.</p>`,
  ).join('\n');
  const seed = seedParagraphs()
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The week in review</title></head>
<body><main><article><h1>The week in review</h1>${filler}<h2>And further afield</h2>${seed}</article></main></body></html>`;
}

async function open(url: string, html: string): Promise<Page> {
  await browser.serve(url, html);
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

beforeAll(async () => {
  extension = extensionWithAllSites();
  browser = await launch({ extension });
});

afterAll(async () => {
  await browser?.close();
  rmSync(extension, { recursive: true, force: true });
});

describe('any site', () => {
  test('with "all sites" granted, an article on a site off the curated list is recognised', async () => {
    const page = await open('https://news.example.org/world/albania-iran-second-cyberattack', loadFixture('exit-al-seed').html);
    await page.locator('sidelight-root .sl-launcher').waitFor({ timeout: 15_000 });
    await expect(tabStatus(browser, page).then((s) => s?.match?.id)).resolves.toBe('albania-iran-2022');
  });

  test('"Analyse this page" finds the incident where the automatic check skipped the page', async () => {
    const page = await open('https://blog.example.net/weekly/2022-09-11', roundUpPage());
    // The opening never names the incident: the prefilter says no, nothing is loaded,
    // and the content script does not even listen (it never calls the extension API).
    await expect(tabStatus(browser, page, { patienceMs: 2000 })).resolves.toBeNull();

    const tabId = await browser.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return tab!.id;
    });
    // As the popup's button does: a message from an extension page to the background.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await popup.evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome;
      await api.runtime.sendMessage({ type: 'tab/analyze', payload: { tabId: id } });
    }, tabId);
    await popup.close();

    await expect(tabStatus(browser, page).then((s) => s?.match?.id)).resolves.toBe('albania-iran-2022');
    await page.locator('sidelight-root .sl-panel').waitFor();
  });
});
