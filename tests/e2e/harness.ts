/**
 * End-to-end harness: Debian's Chromium with the built extension (dist/chrome), the
 * network closed, and fixture pages served at their real-looking URLs by routing
 * (so the production match patterns are the ones under test).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '../..');
/** SIDELIGHT_CHROME_DIST: a build elsewhere (a helper iterating while another one rebuilds dist/). */
export const CHROME_DIST = process.env.SIDELIGHT_CHROME_DIST ?? join(ROOT, 'dist/chrome');
export const FIXTURES = join(ROOT, 'tests/fixtures/pages');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Fixture {
  slug: string;
  url: string;
  html: string;
  /** The page's own files (meta.json "assets": { url: file }), e.g. the site's stylesheet. */
  assets: { url: string; body: string; contentType: string }[];
}

const CONTENT_TYPES: Record<string, string> = { css: 'text/css', js: 'text/javascript', svg: 'image/svg+xml' };

export function loadFixture(slug: string): Fixture {
  const dir = join(FIXTURES, slug);
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { url: string; assets?: Record<string, string> };
  const assets = Object.entries(meta.assets ?? {}).map(([url, file]) => ({
    url,
    body: readFileSync(join(dir, file), 'utf8'),
    contentType: CONTENT_TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream',
  }));
  return { slug, url: meta.url, html: readFileSync(join(dir, 'source.html'), 'utf8'), assets };
}

export interface Browser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Serve `html` at `url` (any other request fails, as on a closed network). */
  serve(url: string, html: string): Promise<void>;
  /** Serve a fixture page and its assets at their real-looking addresses. */
  serveFixture(fixture: Fixture): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** A profile folder to reuse (a browser restart); by default a fresh one, removed on close. */
  profile?: string;
  /** The unpacked extension to load; by default the build in dist/chrome. */
  extension?: string;
  /** More unpacked extensions loaded beside it (the bench's empty content script). */
  alongside?: readonly string[];
}

/**
 * A copy of the built extension whose optional "all sites" permission is already
 * granted (as host permissions), standing in for the reader's click on the options
 * page's prompt, which a test cannot answer.
 */
export function extensionWithAllSites(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sidelight-all-sites-'));
  cpSync(CHROME_DIST, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = manifest.optional_host_permissions;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

export function newProfile(): string {
  return mkdtempSync(join(tmpdir(), 'sidelight-e2e-'));
}

export async function launch({ headless = true, profile: reused, extension = CHROME_DIST, alongside = [] }: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(join(extension, 'manifest.json'))) throw new Error(`${extension} is missing: run \`npm run build\` first`);
  const extensions = [extension, ...alongside].join(',');
  const profile = reused ?? newProfile();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensions}`,
      `--load-extension=${extensions}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // Only the web is closed: the extension's own chrome-extension:// files must load.
  await context.route(/^https?:/, (route) => route.abort('internetdisconnected'));
  const serve = async (url: string, html: string) => {
    await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  };
  return {
    context,
    worker,
    extensionId,
    serve,
    async serveFixture(fixture) {
      await serve(fixture.url, fixture.html);
      for (const asset of fixture.assets) {
        await context.route(asset.url, (route) => route.fulfill({ status: 200, contentType: asset.contentType, body: asset.body }));
      }
    },
    async close() {
      await context.close();
      if (!reused) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Records the mutations of the page's own nodes once it is parsed (before any content script runs):
 * everything except Sidelight's one host element (and what happens inside it).
 */
export async function watchPageMutations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __pageMutations: string[] };
    w.__pageMutations = [];
    const ours = (n: Node | null) => n instanceof Element && n.localName === 'sidelight-root';
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const added = [...r.addedNodes].filter((n) => !ours(n));
        const removed = [...r.removedNodes].filter((n) => !ours(n));
        if (r.type === 'childList' && added.length === 0 && removed.length === 0) continue;
        if (ours(r.target) || (r.target instanceof Node && r.target.parentElement?.closest('sidelight-root'))) continue;
        w.__pageMutations.push(`${r.type} on ${r.target.nodeName}`);
      }
    });
    // From the parsed page on: the parser's own insertions are not changes.
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __pageHtml: string }).__pageHtml = document.documentElement.outerHTML;
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  });
}

export function pageMutations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __pageMutations: string[] }).__pageMutations);
}

/** The page's serialised DOM once parsed, and now without Sidelight's host element (see watchPageMutations). */
export function pageHtmlThenAndNow(page: Page): Promise<{ then: string; now: string }> {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as Element;
    for (const host of copy.querySelectorAll('sidelight-root')) host.remove();
    return { then: (window as unknown as { __pageHtml: string }).__pageHtml, now: copy.outerHTML };
  });
}

/** The viewport point at the middle of the `nth` occurrence of `word` in the page's text. */
export async function pointOfWord(page: Page | PuppeteerPage, word: string, nth = 0): Promise<{ x: number; y: number }> {
  // Both drivers' evaluate() take a function and one serialisable argument.
  const evaluate = page.evaluate.bind(page) as <A, R>(fn: (arg: A) => R, arg: A) => Promise<R>;
  const point = await evaluate(
    ([w, n]: readonly [string, number]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node as Text).data;
        const re = new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'gu');
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (seen++ < n) continue;
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + w.length);
          (node.parentElement as Element).scrollIntoView({ block: 'center' });
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
      }
      return null;
    },
    [word, nth] as const,
  );
  if (!point) throw new Error(`"${word}" #${nth} not found in the page`);
  return point;
}

/** The little of the `chrome` namespace the tests call inside the service worker. */
interface ChromeApi {
  tabs: {
    query(q: object): Promise<{ id: number }[]>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}

export interface TabStatusReply {
  match: { id: string; title: string } | null;
}

/**
 * The tab status (src/shared/messages.ts TabStatus) of `page`, asked of its content
 * script as the popup does; null when nothing answers within `patienceMs` (no content
 * script, or one the prefilter turned away, which does not listen).
 */
export async function tabStatus(browser: Browser, page: Page, { patienceMs = 5000 } = {}): Promise<TabStatusReply | null> {
  await page.bringToFront();
  return browser.worker.evaluate(async (patience) => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    // The content script starts in idle time after document_idle: until it listens,
    // "Receiving end does not exist". Retry until `patience` runs out.
    for (const until = Date.now() + patience; ; ) {
      try {
        return (await api.tabs.sendMessage(tab!.id, { type: 'status/get', payload: null })) as TabStatusReply;
      } catch {
        if (Date.now() >= until) return null;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }, patienceMs);
}

/**
 * A heartbeat in the page's own world from `load` on (add it with page.addInitScript):
 * the longest gap between two zero-delay timers is the longest the page could not
 * respond. A PerformanceObserver for 'longtask' would not do: Chromium does not report
 * tasks of extension worlds to it. With `afterFirstFrame`, it starts once the loaded
 * page has been laid out and painted, so the page's own first layout is not counted.
 */
export function heartbeatScript({ afterFirstFrame = false } = {}): string {
  const start = afterFirstFrame ? 'requestAnimationFrame(() => requestAnimationFrame(run))' : 'run()';
  return `addEventListener('load', () => {
  const run = () => {
    let last = performance.now();
    window.__maxStall = 0;
    const beat = () => {
      const now = performance.now();
      window.__maxStall = Math.max(window.__maxStall, now - last);
      last = now;
      setTimeout(beat, 0);
    };
    setTimeout(beat, 0);
  };
  ${start};
});`;
}

/** The longest stall (ms) the heartbeat has seen so far. */
export function maxStall(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __maxStall?: number }).__maxStall ?? Number.NaN);
}

/** The toolbar badge text of the tab that has one ('' when none). */
export async function badgeText(browser: Browser): Promise<string> {
  return browser.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const tabs = await api.tabs.query({});
    const texts = await Promise.all(tabs.map((t) => api.action.getBadgeText({ tabId: t.id })));
    return texts.find((t) => t !== '') ?? '';
  });
}

/**
 * Runs the content script a second time in the extension's isolated world of `page`,
 * as a re-injection does (extension update, or the popup's on-demand injection),
 * through CDP: the test profile has no host permission for scripting.
 */
export async function injectContentScriptAgain(page: Page): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(CHROME_DIST, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
  };
  const [file] = manifest.content_scripts[0]!.js;
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const isolated = contexts.find((c) => c.auxData?.type === 'isolated');
  if (!isolated) throw new Error('no isolated world in the page');
  const { exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: readFileSync(join(CHROME_DIST, file!), 'utf8'),
    contextId: isolated.id,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(`re-injection failed: ${exceptionDetails.text}`);
}
