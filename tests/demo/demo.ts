/**
 * `npm run demo`: the seed article served at its exit.al address, opened in Debian's
 * Chromium with the built extension. Headless (no display): opens the panel, saves a
 * screenshot and prints what Sidelight found. With a display: a real window, left open
 * until you press Ctrl-C.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, loadFixture, ROOT } from '../e2e/harness.ts';

const headless = !process.env.DISPLAY;
const out = join(ROOT, 'dist/demo');
mkdirSync(out, { recursive: true });

const browser = await launch({ headless });
const seed = loadFixture('exit-al-seed');
await browser.serve(seed.url, seed.html);
const page = await browser.context.newPage();
await page.goto(seed.url);
const ui = page.locator('sidelight-root');
await ui.locator('.sl-launcher').waitFor({ timeout: 15_000 });
await ui.locator('.sl-launcher').click();
const panel = ui.locator('.sl-panel').first();

async function section(tab: string): Promise<string[]> {
  await panel.getByRole('tab', { name: tab }).click();
  return panel.locator('[role=tabpanel] > ul > li, [role=tabpanel] > ol > li').allInnerTexts();
}

const line = (s: string) => s.replace(/\s+/g, ' ').trim();
console.log(`\nSidelight on ${seed.url}\n`);
console.log(`Launcher: ${line(await ui.locator('.sl-launcher').innerText())}`);
for (const tab of ['Speakers', 'Disputed', 'Timeline']) {
  const items = await section(tab);
  console.log(`\n${tab} (${items.length})`);
  for (const item of items.slice(0, tab === 'Timeline' ? 8 : 20)) console.log(`  • ${line(item).slice(0, 220)}`);
  if (tab === 'Timeline' && items.length > 8) console.log(`  … and ${items.length - 8} more`);
}

await panel.getByRole('tab', { name: 'Speakers' }).click();
const shot = join(out, 'seed-panel.png');
await page.screenshot({ path: shot });
console.log(`\nScreenshot: ${shot}`);

if (headless) {
  await browser.close();
} else {
  console.log('The browser stays open; press Ctrl-C to quit.');
  await new Promise(() => undefined);
}
