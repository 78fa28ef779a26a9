/**
 * Every fixture page through extract + engine + built-in packs, against the findings a
 * person reviewed (tests/fixtures/pages/<slug>/expected.json).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateHtml } from '../../src/cli/annotate.ts';
import { builtinPacks } from '../../src/pack/builtin.ts';
import type { Pack } from '../../src/pack/types.ts';
import { checkExpected, loadFixtures } from '../fixtures/pages/expected.ts';

const fixtures = loadFixtures();

function fixturePack(file: string): Pack {
  return JSON.parse(readFileSync(new URL(`../fixtures/packs/${file}`, import.meta.url), 'utf8')) as Pack;
}

describe('fixture pages', () => {
  it('has the pages the project relies on', () => {
    expect(fixtures.map((f) => f.slug).sort()).toEqual(
      expect.arrayContaining([
        'encyclopedia-long',
        'exit-al-seed',
        'lookalike-montenegro',
        'not-incident-news',
        'sq-incident-brief',
        'harbor-outage-2031',
        'fr-severance-guillemets',
        'de-sanctions-quotes',
        'it-nato-condemns',
        'es-tims-recovery',
        'lookalike-israel-water',
        'sq-lookalike-budget-vote',
      ]),
    );
  });

  it('tells two installed packs apart: each page goes to its own incident', async () => {
    const packs = [...builtinPacks, fixturePack('fictional-harbor-outage-2031.json')];
    const ids = await Promise.all(
      ['exit-al-seed', 'harbor-outage-2031', 'not-incident-news'].map(async (slug) => {
        const f = fixtures.find((x) => x.slug === slug)!;
        return (await annotateHtml(f.html, f.url, packs)).incident?.id ?? null;
      }),
    );
    expect(ids).toEqual(['albania-iran-2022', 'fictional-harbor-outage-2031', null]);
  });

  it.each(fixtures.map((f) => [f.slug, f] as const))('%s meets its expected findings', async (_slug, fixture) => {
    const analysis = await annotateHtml(fixture.html, fixture.url, [...builtinPacks, ...fixture.packs.map(fixturePack)]);
    expect(analysis.url).toBe(fixture.url);
    // All problems at once: one failure message lists everything a change broke.
    expect(checkExpected(analysis, fixture.expected)).toEqual([]);
  });
});
