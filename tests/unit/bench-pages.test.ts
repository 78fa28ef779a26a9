/** The bench's generated inputs: deterministic, and of the size and content each bench relies on. */
import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html.ts';
import { prefilter } from '../../src/engine/detect/prefilter.ts';
import { extractArticle, readPrefilterInput } from '../../src/extract/index.ts';
import { builtinPacks } from '../../src/pack/builtin.ts';
import { LARGE_PAGE, largePageHtml } from '../bench/pages/large-page.ts';
import { newsFrontPageHtml } from '../bench/pages/news-front.ts';
import { paragraphs, paragraphsOfLength, paragraphsOfWords, seededRandom, type Names } from '../bench/text-gen.ts';

const NAMES: Names = { people: ['Ana Mera', 'Piet Kolar'], organizations: ['Harbour Board'], places: ['Valmont'] };
const TWENTY = Array.from({ length: 20 }, (_, i) => `Person${String.fromCharCode(65 + i)} Surname`);

const first = <T>(gen: Iterator<T>, n: number): T[] => Array.from({ length: n }, () => gen.next().value as T);

describe('seeded text', () => {
  test('the same seed gives the same numbers, another seed others, all in [0, 1)', () => {
    const a = Array.from({ length: 50 }, seededRandom(1));
    expect(Array.from({ length: 50 }, seededRandom(1))).toEqual(a);
    expect(Array.from({ length: 50 }, seededRandom(2))).not.toEqual(a);
    for (const x of a) expect(x >= 0 && x < 1).toBe(true);
  });

  test('paragraphs are deterministic and use the names given', () => {
    const a = first(paragraphs(NAMES, 5), 40);
    expect(first(paragraphs(NAMES, 5), 40)).toEqual(a);
    const all = a.join(' ');
    for (const name of ['Ana Mera', 'Piet Kolar', 'Harbour Board', 'Valmont']) expect(all).toContain(name);
    expect(all).toMatch(/"[^"]+,"/); // a quote before its speaker
  });

  test('paragraphsOfWords stops at the first paragraph that reaches the count', () => {
    const ps = paragraphsOfWords(NAMES, 1, 1000);
    const words = (p: string) => p.split(/\s+/).length;
    const total = ps.reduce((n, p) => n + words(p), 0);
    expect(total).toBeGreaterThanOrEqual(1000);
    expect(total - words(ps[ps.length - 1]!)).toBeLessThan(1000);
  });

  test('paragraphsOfLength reaches the length, joined by blank lines', () => {
    const text = paragraphsOfLength(NAMES, 1, 10_000).join('\n\n');
    expect(text.length).toBeGreaterThanOrEqual(10_000);
    expect(text.length).toBeLessThan(11_000);
  });
});

describe('the very large page', () => {
  test('the issue\'s sizes: 20,000 paragraphs, about 2 MB of text, 5,000 mentions of 20 names', () => {
    const html = largePageHtml({ ...LARGE_PAGE, names: TWENTY });
    expect(html.match(/<p>/g)).toHaveLength(20_000);
    const text = html.replace(/<[^>]+>/g, '');
    expect(text.length).toBeGreaterThan(1.9e6);
    expect(text.length).toBeLessThan(2.4e6);
    for (const name of TWENTY) expect(text.split(name)).toHaveLength(5000 / 20 + 1);
    expect(largePageHtml({ ...LARGE_PAGE, names: TWENTY })).toBe(html);
  });

  test('every mention is found in the extracted text, whole in one text node', async () => {
    const names = TWENTY.slice(0, 4);
    const page = parseHtml(largePageHtml({ paragraphs: 200, mentions: 40, names, seed: 3 }), 'https://bench.invalid/');
    try {
      const { article, segments } = extractArticle(page.document);
      const found = [...article.text.matchAll(new RegExp(names.join('|'), 'g'))];
      expect(found).toHaveLength(40);
      for (const m of found) {
        const seg = segments.find((s) => s.start <= m.index && m.index < s.end)!;
        expect(seg.end).toBeGreaterThanOrEqual(m.index + m[0].length);
      }
    } finally {
      await page.close();
    }
  });
});

describe('the news front page', () => {
  test('is deterministic and puts the lead headline first', () => {
    const html = newsFrontPageHtml({ seed: 1, leadHeadline: 'Tram line opens on time' });
    expect(newsFrontPageHtml({ seed: 1, leadHeadline: 'Tram line opens on time' })).toBe(html);
    expect(html.match(/<h3>([^<]+)<\/h3>/)?.[1]).toBe('Tram line opens on time');
    expect(html.match(/<h3>/g)).toHaveLength(40);
  });

  test('is not about any incident: the loader\'s prefilter stops there', async () => {
    const url = 'https://www.theguardian.com/international';
    const page = parseHtml(newsFrontPageHtml({ seed: 1 }), url);
    try {
      expect(prefilter(readPrefilterInput(page.document, url), builtinPacks)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
