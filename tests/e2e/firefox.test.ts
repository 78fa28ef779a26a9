/**
 * The same extension in Firefox ESR (dist/firefox, an MV3 event page), driven over
 * WebDriver BiDi by puppeteer-core: the seed article is recognised, the names are
 * painted, the panel opens and a click on a name opens its card.
 */
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadFixture, pointOfWord, ROOT } from './harness.ts';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'sidelight@sidelight.example';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
    extraPrefsFirefox: {
      // A fixed internal UUID, so the extension's URLs are predictable.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: '1b3c5d7e-0000-4000-8000-000000000001' }),
    },
  });
  await browser.installExtension(join(ROOT, 'dist/firefox'));
  const seed = loadFixture('exit-al-seed');
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  // The seed's real address, answered locally; the rest of the web is closed.
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() === seed.url) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: seed.html });
    } else if (/^https?:/.test(request.url())) void request.abort();
    else void request.continue();
  });
  await page.goto(seed.url);
  await page.waitForSelector('sidelight-root >>> .sl-launcher', { timeout: 20_000 });
});

afterAll(async () => {
  await browser?.close();
});

describe('Firefox: the seed article', () => {
  test('names are painted with the Highlight API', async () => {
    const sizes = await page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([k, h]) => [k, h.size])));
    expect(sizes['sidelight-person']).toBe(7);
  });

  test('the panel lists the speakers', async () => {
    await page.click('sidelight-root >>> .sl-launcher');
    await page.waitForSelector('sidelight-root >>> .sl-panel');
    const tabs = await page.$$('sidelight-root >>> [role=tab]');
    for (const tab of tabs) {
      if ((await tab.evaluate((t) => t.textContent ?? '')).startsWith('Speakers')) await tab.click();
    }
    const speakers = await page.$$eval('sidelight-root >>> .sl-quote__speaker', (els) => els.map((e) => e.textContent ?? ''));
    const text = speakers.join('\n');
    for (const name of ['Edi Rama', 'Kreshnik Spahiu', 'Ergys Muzhaqi', 'National Security Council']) expect(text).toContain(name);
  });

  test('clicking "Rama" opens his card', async () => {
    const { x, y } = await pointOfWord(page, 'Rama', 1);
    await page.mouse.click(x, y);
    const card = await page.waitForSelector('sidelight-root >>> [role=dialog]');
    expect(await card!.evaluate((c) => c.textContent)).toContain('Edi Rama');
  });
});
