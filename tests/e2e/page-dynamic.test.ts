/**
 * Issue 5 in Chromium, on a single-page app in the style of a React site: the page keeps
 * re-rendering its article (keyed paragraphs, text updated in place, nodes re-inserted or
 * replaced) and navigates with history.pushState / popstate. Sidelight follows: the page
 * never errors, highlights survive re-renders, and the panel follows the article.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, loadFixture, type Browser } from './harness.ts';

let browser: Browser;
let page: Page;
const errors: string[] = [];
const fixture = loadFixture('bi-spa-articles');
const TRAM_URL = 'https://balkaninsight.com/2022/09/09/tirana-tram-line/';

/** Sidelight's painted ranges that still sit on text in the page: [highlight, text]. */
function liveHighlights(): Promise<[string, string][]> {
  return page.evaluate(() => {
    const out: [string, string][] = [];
    CSS.highlights.forEach((h, name) =>
      h.forEach((r) => {
        const range = r as Range;
        if (!range.collapsed && range.startContainer.isConnected) out.push([name, range.toString()]);
      }),
    );
    return out;
  });
}

const launcher = () => page.locator('sidelight-root .sl-launcher');

beforeAll(async () => {
  browser = await launch();
  await browser.serve(fixture.url, fixture.html);
  await browser.serve(TRAM_URL, fixture.html);
  page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(fixture.url);
  await launcher().waitFor({ timeout: 15_000 });
});

afterAll(async () => {
  await browser?.close();
});

describe('a page that re-renders its article', () => {
  test('highlights survive the periodic re-render that moves nodes around', async () => {
    // Every 500 ms the page re-inserts its paragraphs (collapsing ranges inside them).
    await page.waitForFunction(() => Number(document.getElementById('ticks')?.textContent) >= 6);
    await expect.poll(liveHighlights, { timeout: 10_000 }).toContainEqual(['sidelight-person', 'Edi Rama']);
  });

  test('a remount with new nodes is repainted on the new nodes', async () => {
    const before = await page.evaluate(() => document.querySelector('#story .body p'));
    await page.locator('#rerender').click();
    const fresh = await page.evaluate(() => document.querySelector('#story .body p')?.getAttribute('data-gen'));
    expect(fresh).toBe('1');
    expect(before).not.toBeNull();
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            let onNew = 0;
            CSS.highlights.get('sidelight-person')?.forEach((r) => {
              const p = (r as Range).startContainer.parentElement;
              if (p?.getAttribute('data-gen') === '1' && (r as Range).toString() === 'Edi Rama') onNew++;
            });
            return onNew;
          }),
        { timeout: 10_000 },
      )
      .toBe(1);
  });

  test('the page works and logs no errors', async () => {
    const ticks = Number(await page.locator('#ticks').textContent());
    await expect.poll(async () => Number(await page.locator('#ticks').textContent())).toBeGreaterThan(ticks);
    expect(errors).toEqual([]);
  });
});

describe('single-page navigation', () => {
  test('to an article that is not about the incident: highlights and launcher go away', async () => {
    await page.getByRole('link', { name: 'Tram line' }).click();
    expect(page.url()).toBe(TRAM_URL);
    await expect.poll(() => launcher().count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(liveHighlights).toEqual([]);
    await expect(page.locator('sidelight-root').count()).resolves.toBe(0);
  });

  test('and back (popstate): the panel and the highlights return', async () => {
    await page.goBack();
    expect(page.url()).toBe(fixture.url);
    await launcher().waitFor({ timeout: 10_000 });
    await expect.poll(liveHighlights).toContainEqual(['sidelight-person', 'Edi Rama']);
    await expect(page.locator('sidelight-root').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });
});
