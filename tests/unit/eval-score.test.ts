import { describe, expect, it } from 'vitest';
import { parseCorpus, withText } from '../eval/corpus.ts';
import { fold } from '../eval/normalize.ts';
import { paragraphsOf } from '../eval/page.ts';
import { scoreClaims, type ClaimItem } from '../eval/score-claims.ts';
import { scoreDetection } from '../eval/score-detection.ts';
import { longestCommonSubstring, matchQuotes, prf, quoteOverlap } from '../eval/score-quotes.ts';
import { goldNameForms, nameTokens, speakerAgrees, type AliasLookup } from '../eval/score-speakers.ts';
import type { GoldQuote } from '../eval/corpus.ts';

describe('fold', () => {
  it.each([
    ['“Straße” — Ünïcode!', 'straße unicode'],
    ['«Të pabaza»', 'te pabaza'],
    ['„Niedrig-hoch“', 'niedrig hoch'],
    ['"قطع العلاقات"، مع', 'قطع العلاقات مع'],
    ['Ça   va\n\tbien', 'ca va bien'],
    ['断绝外交关系。', '断绝外交关系'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('quote overlap', () => {
  it('is the longest common substring over the longer folded text', () => {
    expect(longestCommonSubstring('abcdef', 'zcdez')).toBe(3);
    expect(quoteOverlap('“We deny it.”', 'we deny it')).toBe(1);
    expect(quoteOverlap('abcd', 'abcdefgh')).toBe(0.5);
    expect(quoteOverlap('', 'x')).toBe(0);
  });

  it('ignores quote marks and diacritics on either side', () => {
    expect(quoteOverlap('«Sulmi dështoi»', '"Sulmi deshtoi"')).toBe(1);
  });
});

describe('matchQuotes', () => {
  it('matches one-to-one, best overlap first', () => {
    const gold = ['the attack failed its purpose', 'no data was lost'];
    const predicted = ['no data was lost', 'The attack failed its purpose.', 'the attack failed'];
    const m = matchQuotes(gold, predicted);
    expect(m.pairs.map((p) => [p.gold, p.predicted])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(m.missed).toEqual([]);
    expect(m.spurious).toEqual([2]);
  });

  it('refuses a fragment of a gold quote below the threshold', () => {
    const m = matchQuotes(['one two three four five six'], ['one two three']);
    expect(m.pairs).toEqual([]);
    expect(m.missed).toEqual([0]);
    expect(m.spurious).toEqual([0]);
  });

  it('works on right-to-left and unspaced scripts', () => {
    const m = matchQuotes(['قررت قطع العلاقات الدبلوماسية', '网络攻击并没有达到其目标'], ['网络攻击并没有达到其目标', 'قررت قطع العلاقات الدبلوماسية']);
    expect(m.pairs).toHaveLength(2);
  });
});

describe('prf', () => {
  it.each([
    [3, 1, 0, 0.75, 1],
    [0, 0, 0, 1, 1],
    [0, 2, 2, 0, 0],
  ])('tp %i fp %i fn %i', (tp, fp, fn, precision, recall) => {
    const s = prf(tp, fp, fn);
    expect(s.precision).toBeCloseTo(precision);
    expect(s.recall).toBeCloseTo(recall);
  });
});

describe('scoreDetection', () => {
  it('counts incident as positive and reports borderline apart', () => {
    const s = scoreDetection([
      { id: 'a', label: 'incident', detected: true },
      { id: 'b', label: 'incident', detected: false },
      { id: 'c', label: 'not_incident', detected: true },
      { id: 'd', label: 'not_incident', detected: false },
      { id: 'e', label: 'borderline', detected: true },
      { id: 'f', label: 'borderline', detected: false },
    ]);
    expect([s.tp, s.fp, s.fn]).toEqual([1, 1, 1]);
    expect(s.falsePositives).toEqual(['c']);
    expect(s.falseNegatives).toEqual(['b']);
    expect(s.borderline).toEqual({ total: 2, detected: 1, ids: ['e'] });
  });
});

describe('speakers', () => {
  const aliases: AliasLookup = (id) =>
    ({
      'edi-rama': ['Edi Rama', 'Rama', 'Ramës'],
      'iran-foreign-ministry': ["Iran's foreign ministry", 'Iranian Foreign Ministry'],
      iran: ['Iran', 'Tehran', 'Teherani'],
      nato: ['NATO', 'North Atlantic Council', 'OTAN'],
      'united-states': ['United States', 'U.S.', 'Washington'],
    })[id] ?? [];
  const gold = (speaker: string, speaker_type: GoldQuote['speaker_type']): GoldQuote => ({ quote: 'x', start: 0, speaker, speaker_type });

  it('normalises names', () => {
    expect(nameTokens("Iran's Foreign Ministry")).toEqual(['iran', 'foreign', 'ministry']);
    expect(nameTokens('the U.S.')).toEqual(['us']);
    expect(goldNameForms('North Atlantic Council (NATO)')).toEqual(['North Atlantic Council (NATO)', 'North Atlantic Council', 'NATO']);
  });

  it.each([
    ['Edi Rama', 'person', { name: 'Rama', entityId: 'edi-rama' }, true],
    ['Edi Rama', 'person', { name: 'Rama', entityId: null }, true],
    ['Edi Rama', 'person', { name: 'Ramës', entityId: 'edi-rama' }, true],
    ['Brian Nelson', 'person', { name: 'Nelson', entityId: null }, true],
    ['Brian Nelson', 'person', { name: 'Brian Smith', entityId: null }, false],
    ["Iran's foreign ministry", 'organization', { name: 'the ministry', entityId: 'iran-foreign-ministry' }, true],
    ['Iran', 'organization', { name: 'Iranian Foreign Ministry', entityId: 'iran-foreign-ministry' }, false],
    ['North Atlantic Council (NATO)', 'organization', { name: 'NATO allies', entityId: 'nato' }, true],
    ['United States', 'organization', { name: 'U.S.', entityId: null }, false],
    ['United States', 'organization', { name: 'Washington', entityId: 'united-states' }, true],
  ] as const)('gold %s vs %j → %s', (speaker, type, predicted, expected) => {
    expect(speakerAgrees(gold(speaker, type), predicted, aliases)).toBe(expected);
  });

  it('a quote with no predicted speaker is wrong', () => {
    expect(speakerAgrees(gold('Edi Rama', 'person'), null, aliases)).toBe(false);
  });
});

describe('scoreClaims', () => {
  const mapping = { blame: ['claim-blame'], denial: ['claim-denial'], sanctions: [] as string[], ghost: ['not-in-pack'] };
  const pack = new Set(['claim-blame', 'claim-denial', 'claim-other']);
  const items: ClaimItem[] = [
    { id: 'r1', lang: 'en', label: 'incident', tags: ['blame', 'denial'], offered: [{ id: 'claim-blame', counterclaims: 1 }] },
    { id: 'r2', lang: 'sq', label: 'incident', tags: ['blame', 'sanctions'], offered: [{ id: 'claim-blame', counterclaims: 0 }, { id: 'claim-denial', counterclaims: 1 }] },
    { id: 'r3', lang: 'en', label: 'not_incident', tags: [], offered: [{ id: 'claim-other', counterclaims: 0 }] },
    { id: 'r4', lang: 'en', label: 'borderline', tags: [], offered: [{ id: 'claim-blame', counterclaims: 1 }] },
    { id: 'r5', lang: 'en', label: 'incident', tags: ['ghost'], offered: [{ id: 'claim-other', counterclaims: 0 }] },
    // A story on another subject that carries a tag: claims are offered only on incident pages.
    { id: 'r6', lang: 'en', label: 'not_incident', tags: ['denial'], offered: [] },
  ];
  const s = scoreClaims(items, mapping, pack);
  const tag = (name: string) => s.tags.find((t) => t.tag === name);

  it('scores recall per tag and counts counterclaims', () => {
    expect(tag('blame')).toMatchObject({ tagged: 2, found: 2, recall: 1, withCounterclaims: 1 });
    expect(tag('denial')).toMatchObject({ tagged: 1, found: 0, recall: 0, missedIds: ['r1'] });
  });

  it('counts a tag toward recall only on incident records', () => {
    expect(tag('denial')?.tagged).toBe(1);
    expect(tag('denial')?.missedIds).not.toContain('r6');
  });

  it('reports tags without a pack claim instead of scoring them', () => {
    expect(tag('sanctions')?.claimIds).toEqual([]);
    expect(tag('ghost')?.claimIds).toEqual([]);
    expect(s.recall).toEqual({ tagged: 3, found: 2, value: 2 / 3 });
  });

  it('counts false offers on negatives and on records without the tag', () => {
    expect(s.offers.falseOffers).toEqual([
      { record: 'r2', claim: 'claim-denial', reason: 'untagged' },
      { record: 'r3', claim: 'claim-other', reason: 'not_incident' },
    ]);
    // r4 (borderline) and claim-other on r5 (stands for no tag) are not judged.
    expect(s.offers).toMatchObject({ total: 6, judged: 4, unjudged: 2 });
    expect(s.offers.rate).toBeCloseTo(0.5);
  });
});

describe('corpus and page helpers', () => {
  it('keeps only records that carry a text', () => {
    const base = { url: 'u', date: null, title: null, phase: [], claims: [], note: '', quotes: [], text_sha256: '', text_len: 0 };
    const jsonl = [
      JSON.stringify({ ...base, id: 'a', lang: 'en', label: 'incident', text: 'Hello' }),
      '',
      JSON.stringify({ ...base, id: 'b', lang: 'ar', label: 'not_incident' }),
    ].join('\n');
    expect(withText(parseCorpus(jsonl)).map((r) => r.id)).toEqual(['a']);
    expect(() => parseCorpus('{"id": 1}')).toThrow(/line 1/);
  });

  it('splits paragraphs on any run of newlines', () => {
    expect(paragraphsOf(' One.\n\nTwo <b>x</b>.\nThree.\n\n\n')).toEqual(['One.', 'Two <b>x</b>.', 'Three.']);
  });
});

describe('buildPage', () => {
  it('puts text in as text, never as markup, with lang and title', async () => {
    const { buildPage } = await import('../eval/page.ts');
    const page = buildPage({
      id: 'x', url: 'https://example.org/a', date: null, lang: 'sq', title: 'Titulli <i>',
      label: 'incident', phase: [], claims: [], note: '', quotes: [], text_sha256: '', text_len: 0,
      text: 'Rama: «Sulmi dështoi» <script>x</script>\n\nعربي',
    });
    try {
      const doc = page.document;
      expect(doc.documentElement.getAttribute('lang')).toBe('sq');
      expect(doc.title).toBe('Titulli <i>');
      expect(doc.querySelector('h1')?.textContent).toBe('Titulli <i>');
      expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Rama: «Sulmi dështoi» <script>x</script>', 'عربي']);
      expect(doc.querySelector('script')).toBeNull();
    } finally {
      await page.close();
    }
  });
});

describe('claim tag table', () => {
  it('names only claims the built-in pack has', async () => {
    const { CLAIM_TAGS } = await import('../eval/claim-tags.ts');
    const { builtinPacks } = await import('../../src/pack/builtin.ts');
    const ids = new Set(builtinPacks.flatMap((p) => p.claims.map((c) => c.id)));
    expect(Object.values(CLAIM_TAGS).flat().filter((id) => !ids.has(id))).toEqual([]);
  });
});
