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
await browser.serveFixture(seed);
const page = await browser.context.newPage();
await page.goto(seed.url);
const ui = page.locator('sidelight-root');
await ui.locator('.sl-launcher').waitFor({ timeout: 15_000 });
await ui.locator('.sl-launcher').click();
const panel = ui.locator('.sl-panel').first();

const line = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const clip = (s: string | null, n: number) => (line(s).length > n ? `${line(s).slice(0, n - 1)}…` : line(s));
const visible = '[role=tabpanel]:not([hidden])';

console.log(`\nSidelight on ${seed.url}\n`);
console.log(`Launcher: ${line(await ui.locator('.sl-launcher').textContent())}`);

await panel.getByRole('tab', { name: 'Speakers' }).click();
const quotes = panel.locator(`${visible} .sl-quote`);
console.log(`\nSpeakers: ${await quotes.count()} quotations`);
for (const quote of await quotes.all()) {
  const who = line(await quote.locator('.sl-quote__speaker').textContent());
  console.log(`  ${who.padEnd(46)} “${clip(await quote.locator('.sl-quote__text').textContent(), 70)}”`);
}

await panel.getByRole('tab', { name: 'Disputed' }).click();
const claims = panel.locator(`${visible} .sl-claim`);
console.log(`\nDisputed: ${await claims.count()} claims in the article`);
for (const claim of await claims.all()) {
  console.log(`  • ${clip(await claim.locator('.sl-claim__text').textContent(), 100)}`);
  for (const counter of await claim.locator('.sl-counterclaim').all()) {
    const badge = line(await counter.locator('.sl-badge').first().textContent());
    console.log(`      ⟷ [${badge}] ${clip(await counter.locator('.sl-counterclaim__text').textContent(), 80)}`);
  }
}

await panel.getByRole('tab', { name: 'Timeline' }).click();
const facts = panel.locator(`${visible} .sl-timeline > li`);
console.log(`\nTimeline: ${await facts.count()} facts`);
for (const fact of (await facts.all()).slice(0, 6)) console.log(`  ${clip(await fact.textContent(), 110)}`);

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
