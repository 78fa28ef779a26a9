/**
 * Issue 2's end-to-end path: a reader opens the seed article on exit.al; Sidelight
 * recognises it, highlights the names, opens the panel with the timeline, the
 * quoted speakers and the disputed claims, and opens a card on a click on "Rama".
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText, launch, loadFixture, pageMutations, pointOfWord, watchPageMutations, type Browser } from './harness.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  const seed = loadFixture('exit-al-seed');
  await browser.serveFixture(seed);
  page = await browser.context.newPage();
  await watchPageMutations(page);
  await page.goto(seed.url);
  await page.locator('sidelight-root .sl-launcher').waitFor({ timeout: 15_000 });
});

afterAll(async () => {
  await browser?.close();
});

const ui = () => page.locator('sidelight-root');

describe('the seed article on exit.al', () => {
  test('is recognised: launcher and toolbar badge', async () => {
    await expect(ui().locator('.sl-launcher').textContent()).resolves.toMatch(/Sidelight · \d+ names/);
    expect(Number(await badgeText(browser))).toBeGreaterThanOrEqual(8);
  });

  test('names are painted with the Highlight API, not with elements', async () => {
    const painted = await page.evaluate(() =>
      [...CSS.highlights.keys()].map((k) => [k, CSS.highlights.get(k)!.size] as const),
    );
    const byName = Object.fromEntries(painted);
    // Edi Rama ×4 (the full name, then "Rama"), Spahiu, Et’hemaj, Muzhaqi.
    expect(byName['sidelight-person']).toBe(7);
    expect(byName['sidelight-organization']).toBeGreaterThanOrEqual(3);
    await expect(page.locator('sidelight-mark').count()).resolves.toBe(0);
  });

  test('the panel lists the speakers with their quotes', async () => {
    await ui().locator('.sl-launcher').click();
    const panel = ui().locator('[role=complementary], .sl-panel').first();
    await panel.waitFor();
    await panel.getByRole('tab', { name: 'Speakers' }).click();
    const speakers = await panel.locator('[role=tabpanel]:not([hidden])').textContent();
    for (const name of ['Edi Rama', 'Kreshnik Spahiu', 'Maksim Et', 'Ergys Muzhaqi', 'National Security Council', 'Facebook']) {
      expect(speakers).toContain(name);
    }
    expect(speakers).toContain('make our digital systems impenetrable');
    expect(speakers).toContain('The United States condemns the September 9th cyberattack');
    expect(speakers).toContain('Albania has no time to lose');
  });

  test('the Disputed section sets counterclaims against the claims', async () => {
    const panel = ui().locator('.sl-panel').first();
    await panel.getByRole('tab', { name: 'Disputed' }).click();
    const claim = (id: string) => panel.locator(`[role=tabpanel]:not([hidden]) [data-claim="${id}"]`);
    const counter = (claimId: string, id: string) => claim(claimId).locator(`[data-counterclaim="${id}"]`);

    // Facebook's troll-farm finding, against the NCRI's denial, which the article reports.
    await expect(claim('mek-troll-farm').textContent()).resolves.toMatch(/troll farm/i);
    const ncri = counter('mek-troll-farm', 'ncri-denies-troll-farm');
    await expect(ncri.textContent()).resolves.toMatch(/National Council of Resistance of Iran/);
    await expect(ncri.textContent()).resolves.toMatch(/Reported in this article/);

    // The attribution to Iran, against Iran's rejection, which the article leaves out.
    const iran = counter('iran-behind-attacks', 'iran-denies-involvement');
    await expect(iran.textContent()).resolves.toMatch(/Not in this article/);
    await expect(iran.textContent()).resolves.toMatch(/Ministry of Foreign Affairs of Iran/);
  });

  test('the Timeline lists dated facts and marks those in the article', async () => {
    const panel = ui().locator('.sl-panel').first();
    await panel.getByRole('tab', { name: 'Timeline' }).click();
    const items = panel.locator('[role=tabpanel]:not([hidden]) li');
    expect(await items.count()).toBeGreaterThanOrEqual(20);
    expect(await panel.locator('[role=tabpanel]:not([hidden])').textContent()).toMatch(/2022/);
  });

  test('clicking "Rama" in the text opens his card', async () => {
    const { x, y } = await pointOfWord(page, 'Rama', 1);
    await page.mouse.click(x, y);
    const card = ui().locator('[role=dialog]');
    await card.waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Edi Rama');
    expect(text).toMatch(/Prime Minister/);
    await page.keyboard.press('Escape');
    await expect(card.count()).resolves.toBe(0);
  });

  test("the page's own DOM is unchanged apart from the one host element", async () => {
    expect(await pageMutations(page)).toEqual([]);
    await expect(page.locator('sidelight-root').count()).resolves.toBe(1);
  });
});
