/**
 * Every fixture page through extract + engine + built-in packs, against the findings a
 * person reviewed (tests/fixtures/pages/<slug>/expected.json).
 */
import { describe, expect, it } from 'vitest';
import { annotateHtml } from '../../src/cli/annotate.ts';
import { builtinPacks } from '../../src/pack/builtin.ts';
import { checkExpected, loadFixtures } from '../fixtures/pages/expected.ts';

const fixtures = loadFixtures();

describe('fixture pages', () => {
  it('has the pages the project relies on', () => {
    expect(fixtures.map((f) => f.slug).sort()).toEqual(
      expect.arrayContaining(['encyclopedia-long', 'exit-al-seed', 'lookalike-montenegro', 'not-incident-news', 'sq-incident-brief']),
    );
  });

  it.each(fixtures.map((f) => [f.slug, f] as const))('%s meets its expected findings', async (_slug, fixture) => {
    const analysis = await annotateHtml(fixture.html, fixture.url, builtinPacks);
    expect(analysis.url).toBe(fixture.url);
    // All problems at once: one failure message lists everything a change broke.
    expect(checkExpected(analysis, fixture.expected)).toEqual([]);
  });
});
