/**
 * The content script's resumable, capped extraction on happy-dom: sliced one node at a
 * time it reads exactly what the one-pass extraction reads. (The highlight fallback is
 * tested in Chromium, tests/e2e/page-fallback.test.ts: happy-dom's Range mis-orders
 * boundary points within one text node, so wrappers cannot be checked here.)
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html.ts';
import { ArticleExtraction, extractArticle } from '../../src/extract/index.ts';

function parse(html: string): Document {
  return parseHtml(html, null).document;
}

describe('extraction in slices', () => {
  const paragraphs = Array.from({ length: 60 }, (_, i) => `<p>Paragraph ${i} has <b>bold</b> words in it.</p>`).join('');
  const html = `<html><body><article><h1>Title</h1>${paragraphs}</article></body></html>`;

  it('gives the same text, blocks and segments one node at a time', () => {
    const whole = extractArticle(parse(html));
    const doc = parse(html);
    const extraction = new ArticleExtraction(doc);
    let steps = 0;
    while (!extraction.step(1)) steps++;
    const sliced = extraction.result();
    expect(steps).toBeGreaterThan(100);
    expect(sliced.article.text).toBe(whole.article.text);
    expect(sliced.article.blocks).toEqual(whole.article.blocks);
    expect(sliced.segments.map(({ start, end, nodeOffset }) => [start, end, nodeOffset])).toEqual(
      whole.segments.map(({ start, end, nodeOffset }) => [start, end, nodeOffset]),
    );
    expect(sliced.truncated).toBe(false);
  });

  it('does not follow a node the page moved between slices into another region', () => {
    const doc = parse(
      `<html><body><article>${paragraphs}</article><nav><p>Menu entry one</p><p>Menu entry two</p></nav></body></html>`,
    );
    const extraction = new ArticleExtraction(doc);
    // Into the first paragraph, then the page moves it into the menu.
    extraction.step(2);
    const first = doc.querySelector('article p')!;
    doc.querySelector('nav')!.prepend(first);
    while (!extraction.step(5));
    const { article } = extraction.result();
    expect(article.text).not.toContain('Menu entry');
    expect(article.text).toContain('Paragraph 59 has bold words in it.');
  });

  it('stops at the first block boundary past maxLength', () => {
    const { article, truncated } = extractArticle(parse(html), { maxLength: 200 });
    expect(truncated).toBe(true);
    expect(article.text.length).toBeGreaterThan(200);
    expect(article.text.length).toBeLessThan(300);
    expect(article.text.endsWith('words in it.')).toBe(true);
  });
});
