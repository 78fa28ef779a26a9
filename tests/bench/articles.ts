/**
 * The engine's inputs for the bench: the fixture pages as the extension would read them
 * (parsed and extracted), and generated articles of a given size built from the pack's
 * own names, so that the full analysis runs (prefilter passes, entities, quotes, claims).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../src/cli/parse-html.ts';
import type { ArticleText, Block } from '../../src/engine/types.ts';
import { extractArticle } from '../../src/extract/index.ts';
import type { Pack } from '../../src/pack/types.ts';
import type { Names } from './text-gen.ts';

export const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/pages');

/** "People's Mojahedin Organization of Iran (MEK)" reads as prose without its parenthesis. */
const plainName = (name: string): string => name.replace(/\s*\([^)]*\)\s*$/, '');

export function packNames(pack: Pack): Names {
  const of = (type: string) => pack.entities.filter((e) => e.type === type).map((e) => plainName(e.name));
  return { people: of('person'), organizations: of('organization'), places: of('place') };
}

/** Every fixture page, extracted as in the extension (slug → article). */
export async function fixtureArticles(): Promise<Map<string, ArticleText>> {
  const out = new Map<string, ArticleText>();
  for (const slug of readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const html = readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8');
    const { url } = JSON.parse(readFileSync(join(FIXTURES, slug, 'meta.json'), 'utf8')) as { url: string };
    const page = parseHtml(html, url);
    try {
      out.set(slug, extractArticle(page.document, { url }).article);
    } finally {
      await page.close();
    }
  }
  return out;
}

/** An article made of `paragraphs`, as extraction would give it (blocks joined by blank lines). */
export function articleOf(title: string, paragraphs: readonly string[]): ArticleText {
  const blocks: Block[] = [];
  let pos = 0;
  for (const p of paragraphs) {
    blocks.push({ start: pos, end: pos + p.length, kind: 'paragraph' });
    pos += p.length + 2;
  }
  return {
    url: 'https://www.balkaninsight.com/2022/09/08/bench-article/',
    title,
    lang: 'en',
    isArticle: true,
    text: paragraphs.join('\n\n'),
    blocks,
    metadata: { description: null, siteName: 'Balkan Insight', published: '2022-09-08', authors: [], type: 'article', keywords: [] },
  };
}
