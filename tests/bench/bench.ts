/**
 * `npm run bench`: Sidelight's speed, each number against a baseline measured in the same
 * run (issues 4 and 5). A report, not a test: it asserts nothing and fails only when a
 * measurement cannot be made. Runs after `npm run build` (the browser part loads dist/chrome).
 */
import { availableParallelism, loadavg } from 'node:os';
import { CHROME_DIST, launch, loadFixture } from '../e2e/harness.ts';
import { builtinPacks } from '../../src/pack/builtin.ts';
import { packNames } from './articles.ts';
import { benchOverhead } from './browser/overhead.ts';
import { emptyContentScriptExtension } from './browser/empty-extension.ts';
import { benchHighlight, namePattern } from './browser/highlight.ts';
import { benchResponsiveness } from './browser/responsiveness.ts';
import { benchPanelReady } from './browser/panel-ready.ts';
import { benchBundleSizes } from './bundle-sizes.ts';
import { benchEngine } from './engine.ts';
import { LARGE_PAGE, largePageHtml } from './pages/large-page.ts';
import { newsFrontPageHtml } from './pages/news-front.ts';
import { renderSection, type Section } from './table.ts';

const LOADS = 5;
/** Sub-millisecond differences on a shared machine need more samples for a steady median. */
const OVERHEAD_LOADS = 15;
const SECTIONS = ['engine', 'overhead', 'highlight', 'panel', 'sizes'] as const;

/** `npm run bench -- overhead highlight` runs only those sections; no arguments, all of them. */
function chosenSections(args: readonly string[]): Set<string> {
  const unknown = args.filter((a) => !(SECTIONS as readonly string[]).includes(a));
  if (unknown.length > 0) throw new Error(`unknown bench section ${unknown.join(', ')}: choose from ${SECTIONS.join(', ')}`);
  return new Set(args.length > 0 ? args : SECTIONS);
}

function print(section: Section): void {
  console.log(renderSection(section));
}

/** Twenty of the pack's people by their full names: the large page's mentions. */
function largePageNames(): string[] {
  const people = packNames(builtinPacks[0]!).people.filter((n) => n.includes(' '));
  if (people.length < 20) throw new Error('the pack has fewer than 20 people with full names');
  return people.slice(0, 20);
}

async function main(): Promise<void> {
  const only = chosenSections(process.argv.slice(2));
  const t0 = performance.now();
  // Other work on a 2-core machine skews every number: say how busy it was.
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`Sidelight bench · Node ${process.versions.node} · ${availableParallelism()} cores · load average ${load}`);
  if (only.has('engine')) for (const section of await benchEngine()) print(section);

  if (only.has('overhead') || only.has('highlight') || only.has('panel')) await benchInBrowser(only);
  if (only.has('sizes')) print(benchBundleSizes(CHROME_DIST));
  console.log(`\nbench took ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

/** Typical pages that are not about any incident, each on a curated site. */
const OVERHEAD_PAGES = [
  { name: 'long encyclopedia article', html: loadFixture('encyclopedia-long').html, url: 'https://www.bbc.com/future/article/lighthouses' },
  { name: 'news front page', html: newsFrontPageHtml({ seed: 1 }), url: 'https://www.theguardian.com/international' },
  {
    name: 'news front page with "victims" in a headline',
    html: newsFrontPageHtml({ seed: 1, leadHeadline: 'Flood victims wait for aid as rivers keep rising' }),
    url: 'https://www.theguardian.com/uk',
  },
];

async function benchInBrowser(only: Set<string>): Promise<void> {
  const browser = await launch({ alongside: [emptyContentScriptExtension()] });
  try {
    if (only.has('overhead')) print(await benchOverhead(browser, OVERHEAD_PAGES, OVERHEAD_LOADS));
    if (only.has('highlight')) {
      const names = largePageNames();
      const html = largePageHtml({ ...LARGE_PAGE, names });
      print(await benchHighlight(browser, html, names, LOADS));
      print(await benchResponsiveness(browser, html, namePattern(names), LOADS));
    }
    if (only.has('panel')) print(await benchPanelReady(browser, LOADS));
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
