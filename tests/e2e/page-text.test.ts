/**
 * Issue 5 in Chromium, on a Balkan Insight–style article: names split by markup are
 * highlighted whole; text in script, style, textarea, inputs, contenteditable and
 * aria-hidden regions is never touched; the Names list steps through mentions; focus
 * comes back when a card closes; a highlighted link is still a link (Alt+click asks for
 * the card); a second injection takes over cleanly; teardown removes everything.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { injectContentScriptAgain, launch, loadFixture, pageHtmlThenAndNow, pageMutations, pointOfWord, watchPageMutations, type Browser } from './harness.ts';

let browser: Browser;
let page: Page;
const fixture = loadFixture('bi-markup-boundaries');
const TAG_URL = 'https://balkaninsight.com/en/tag/jake-sullivan/';

interface PaintedRange {
  type: string;
  text: string;
  /** The range starts and ends in different text nodes. */
  split: boolean;
}

/** Every range Sidelight registered, with its highlight name and text. */
function painted(p: Page = page): Promise<PaintedRange[]> {
  return p.evaluate(() => {
    const out: { type: string; text: string; split: boolean }[] = [];
    CSS.highlights.forEach((highlight, name) => {
      highlight.forEach((r) => {
        const range = r as Range;
        out.push({ type: name, text: range.toString(), split: range.startContainer !== range.endContainer });
      });
    });
    return out;
  });
}

const ui = () => page.locator('sidelight-root');

beforeAll(async () => {
  browser = await launch();
  await browser.serve(fixture.url, fixture.html);
  await browser.serve(TAG_URL, '<!doctype html><title>Jake Sullivan</title><h1>Tag: Jake Sullivan</h1>');
  page = await browser.context.newPage();
  // Instant scrolling: a smooth scroll still running would move the words under the mouse.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await watchPageMutations(page);
  await page.goto(fixture.url);
  await ui().locator('.sl-launcher').waitFor({ timeout: 15_000 });
});

afterAll(async () => {
  await browser?.close();
});

describe('highlights on real markup', () => {
  test('names split across elements are highlighted whole', async () => {
    const rama = (await painted()).filter((r) => r.type === 'sidelight-person' && r.text === 'Edi Rama');
    // "Edi <i>Rama</i>" and "<a>Edi</a> Rama": both one range over two text nodes.
    expect(rama).toHaveLength(2);
    expect(rama.every((r) => r.split)).toBe(true);
    expect((await painted()).map((r) => r.text)).toContain('Jake Sullivan');
  });

  test('script, style, textarea, inputs, contenteditable and aria-hidden text are never touched', async () => {
    const touched = await page.evaluate(() => {
      const guarded = [...document.querySelectorAll('script, style, textarea, input, [contenteditable], [aria-hidden="true"]')];
      const hits: string[] = [];
      CSS.highlights.forEach((highlight) =>
        highlight.forEach((r) => {
          for (const el of guarded) if ((r as Range).intersectsNode(el)) hits.push(`${el.localName}: ${(r as Range).toString()}`);
        }),
      );
      return hits;
    });
    expect(touched).toEqual([]);
    // The page's own copies of the name are still there, as the page wrote them.
    const ramaEverywhere = await page.evaluate(() => document.body.textContent?.split('Edi Rama').length ?? 0);
    expect(ramaEverywhere).toBeGreaterThan(4);
  });

  test("the page's DOM is unchanged apart from the one host element", async () => {
    expect(await pageMutations(page)).toEqual([]);
    const { then, now } = await pageHtmlThenAndNow(page);
    expect(now).toBe(then);
    await expect(ui().count()).resolves.toBe(1);
  });
});

describe('keyboard and clicks', () => {
  test('Next mention scrolls to the mention and flashes it', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await ui().locator('.sl-launcher').click();
    const panel = ui().locator('.sl-panel');
    await panel.getByRole('tab', { name: /Names/ }).click();
    // The foreign ministry's only mention sits below a tall spacer, out of view.
    await panel.getByRole('button', { name: 'Next mention of Ministry of Foreign Affairs of Iran' }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    const active = await page.evaluate(() => {
      const h = CSS.highlights.get('sidelight-active');
      const out: string[] = [];
      h?.forEach((r) => out.push((r as Range).toString()));
      return out;
    });
    expect(active).toEqual(["Iran's foreign ministry"]);
  });

  test('closing a card returns focus to the control that opened it', async () => {
    const panel = ui().locator('.sl-panel');
    await panel.locator('.sl-name__open', { hasText: 'Adrienne Watson' }).click();
    const card = ui().locator('[role=dialog]');
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('Adrienne Watson');
    await page.keyboard.press('Escape');
    await expect(card.count()).resolves.toBe(0);
    const focused = await page.evaluate(() => document.querySelector('sidelight-root')?.shadowRoot?.activeElement?.textContent ?? '');
    expect(focused).toContain('Adrienne Watson');
  });

  test('Alt+click on a highlighted name inside a link opens its card and stays on the page', async () => {
    const { x, y } = await pointOfWord(page, 'Sullivan');
    await page.keyboard.down('Alt');
    await page.mouse.click(x, y);
    await page.keyboard.up('Alt');
    const card = ui().locator('[role=dialog]');
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('Jake Sullivan');
    expect(page.url()).toBe(fixture.url);
    await page.keyboard.press('Escape');
  });

  test('a plain click on a highlighted name inside a link follows the link', async () => {
    const other = await browser.context.newPage();
    await other.goto(fixture.url);
    await other.locator('sidelight-root .sl-launcher').waitFor({ timeout: 15_000 });
    const { x, y } = await pointOfWord(other, 'Sullivan');
    await Promise.all([other.waitForURL(TAG_URL), other.mouse.click(x, y)]);
    await other.close();
  });
});

describe('lifecycle', () => {
  test('a second injection takes over: still one host, the highlights repainted', async () => {
    await page.evaluate(() => {
      (window as unknown as { firstHost: Element | null }).firstHost = document.querySelector('sidelight-root');
    });
    await injectContentScriptAgain(page);
    // The old instance removed its host at once; the new one paints again in idle time.
    await expect.poll(() => painted().then((r) => r.length), { timeout: 15_000 }).toBeGreaterThan(10);
    await ui().locator('.sl-launcher').waitFor();
    await expect(ui().count()).resolves.toBe(1);
    const replaced = await page.evaluate(() => {
      const first = (window as unknown as { firstHost: Element | null }).firstHost;
      return first !== null && !first.isConnected && document.querySelector('sidelight-root') !== first;
    });
    expect(replaced).toBe(true);
  });

  test('teardown removes the host, the highlights and every listener', async () => {
    // What a newer instance announces when it starts: the current one must leave no trace.
    await page.evaluate(() => window.dispatchEvent(new CustomEvent('sidelight:takeover', { detail: 'newer' })));
    await expect(ui().count()).resolves.toBe(0);
    expect(await painted()).toEqual([]);
    // No click handler left behind: a click on a name opens nothing.
    const { x, y } = await pointOfWord(page, 'Rama', 1);
    await page.mouse.click(x, y);
    // No observer left behind: new article text brings nothing back.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Edi Rama spoke again about the cyberattack on Albania and Iran.';
      document.querySelector('article')?.append(p);
    });
    await page.waitForTimeout(3500);
    await expect(ui().count()).resolves.toBe(0);
    expect(await painted()).toEqual([]);
  });
});
