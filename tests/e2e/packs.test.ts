/**
 * Issue 3 in Chromium: the options page lists, imports, exports, disables and removes
 * packs; a failed import changes nothing; a newer version replaces the old one; two
 * installed packs each match their own pages; packs and settings survive a restart.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, loadFixture, newProfile, ROOT, tabStatus, type Browser } from './harness.ts';

const PACKS = join(ROOT, 'tests/fixtures/packs');
const fictional = readFileSync(join(PACKS, 'fictional-harbor-outage-2031.json'), 'utf8');
const profile = newProfile();
let browser: Browser;
let options: Page;

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await page.locator('.sl-pack').first().waitFor();
  return page;
}

async function importText(name: string, text: string): Promise<void> {
  await options.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

const packTitles = () => options.locator('.sl-pack__title').allTextContents();

/** The incident the page at `slug`'s address was matched to, as its content script reports it. */
async function matchedIncident(slug: string): Promise<string | null> {
  const fixture = loadFixture(slug);
  await browser.serveFixture(fixture);
  const page = await browser.context.newPage();
  await page.goto(fixture.url);
  const status = await tabStatus(browser, page);
  await page.close();
  return status?.match?.id ?? null;
}

beforeAll(async () => {
  browser = await launch({ profile });
  options = await openOptions();
});

afterAll(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('packs in the options page', () => {
  test('lists the built-in pack, which cannot be removed', async () => {
    expect(await packTitles()).toEqual(['2022 Iran–Albania cyberattacks']);
    const row = options.locator('.sl-pack').first();
    await expect(row.textContent()).resolves.toMatch(/Built in/);
    await expect(row.getByRole('button', { name: /^Remove/ }).count()).resolves.toBe(0);
    await expect(row.textContent()).resolves.toMatch(/\d+ entities · \d+ facts · \d+ claims · \d+ quotations · \d+ sources/);
  });

  test('a broken pack is refused with file, path and reason, and nothing changes', async () => {
    await importText('dangling-claimant.json', readFileSync(join(PACKS, 'broken/dangling-claimant.json'), 'utf8'));
    const alert = () => options.getByRole('alert').textContent();
    await expect.poll(alert).toContain(
      'dangling-claimant.json: $.claims[0].claimants[1]: claimant refers to unknown entity "harbour-cat"',
    );
    await importText('not-json.json', '{ "schema": ');
    await expect.poll(alert).toMatch(/not-json\.json: not valid JSON/);
    expect(await packTitles()).toEqual(['2022 Iran–Albania cyberattacks']);
  });

  test('a valid pack is installed and matches its own pages, beside the built-in one', async () => {
    await importText('fictional-harbor-outage-2031.json', fictional);
    await expect.poll(() => options.getByRole('status').textContent()).toMatch(/Installed “2031 Port of Marenza ransomware outage \(fictional\)” 0\.1\.0/);
    expect(await packTitles()).toHaveLength(2);
    await expect(matchedIncident('harbor-outage-2031')).resolves.toBe('fictional-harbor-outage-2031');
    await expect(matchedIncident('exit-al-seed')).resolves.toBe('albania-iran-2022');
  });

  test('the same version again is refused; a newer one replaces it', async () => {
    await importText('again.json', fictional);
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/version 0\.1\.0 is not newer than the installed 0\.1\.0/);
    const newer = { ...JSON.parse(fictional), version: '0.2.0' };
    await importText('newer.json', JSON.stringify(newer));
    await expect.poll(() => options.getByRole('status').textContent()).toMatch(/0\.2\.0/);
    await expect(options.locator('.sl-pack__version').allTextContents()).resolves.toContain('0.2.0');
    expect(await packTitles()).toHaveLength(2);
  });

  test('export downloads the pack as canonical JSON', async () => {
    const row = options.locator('.sl-pack', { hasText: 'Iran–Albania' });
    const [download] = await Promise.all([options.waitForEvent('download'), row.getByRole('button', { name: /^Export/ }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toBe('albania-iran-2022.json');
    expect(text).toBe(readFileSync(join(ROOT, 'src/pack/data/albania-iran-2022.json'), 'utf8'));
  });

  test('packs and settings survive a browser restart', async () => {
    await options.locator('.sl-radio', { hasText: 'Left' }).locator('input').check();
    await browser.close();
    browser = await launch({ profile });
    options = await openOptions();
    expect(await packTitles()).toHaveLength(2);
    await expect(options.locator('.sl-pack__version').allTextContents()).resolves.toContain('0.2.0');
    await expect(options.locator('.sl-radio', { hasText: 'Left' }).locator('input').isChecked()).resolves.toBe(true);
  });

  test('the built-in pack can be disabled (its pages stop matching) and enabled again', async () => {
    const row = options.locator('.sl-pack', { hasText: 'Iran–Albania' });
    await row.getByRole('checkbox', { name: 'Enabled' }).uncheck();
    await expect(matchedIncident('exit-al-seed')).resolves.toBeNull();
    await row.getByRole('checkbox', { name: 'Enabled' }).check();
    await expect(matchedIncident('exit-al-seed')).resolves.toBe('albania-iran-2022');
  });

  test('an imported pack is removed after a confirmation; its pages stop matching', async () => {
    const row = options.locator('.sl-pack', { hasText: 'Marenza' });
    await row.getByRole('button', { name: /^Remove .*Marenza/ }).click();
    await row.getByRole('button', { name: /for good/ }).click();
    await expect.poll(packTitles).toEqual(['2022 Iran–Albania cyberattacks']);
    await expect(matchedIncident('harbor-outage-2031')).resolves.toBeNull();
  });
});
